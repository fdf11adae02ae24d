package io.skyrack.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpuCatalogFolderTest {

    private static final double EXACT = 1e-12;

    @TempDir
    Path dir;

    @Test
    void addsAValidUserProfileToTheBuiltInOnes() throws IOException {
        copyFixture("user-profiles/acme-edge-module.json", "acme-edge-module.json");

        GpuCatalog.LoadResult result = GpuCatalog.loadFolder(dir, GpuCatalog.builtIn());

        assertEquals(List.of(), result.findings());
        assertEquals(GpuCatalog.builtIn().ids().size() + 1, result.catalog().ids().size());
        GpuProfile added = result.catalog().find("acme-edge-module").orElseThrow();
        assertEquals(80.0, added.peakInt8SparseTops(), EXACT);
        assertTrue(result.catalog().find("jetson-agx-orin-64gb").isPresent());
    }

    @Test
    void skipsABadFileWithFindingsNamingFileAndPointer() throws IOException {
        copyFixture("user-profiles/acme-edge-module.json", "acme-edge-module.json");
        copyFixture("bad-profiles/negative-power.json", "broken.json");

        GpuCatalog.LoadResult result = GpuCatalog.loadFolder(dir, GpuCatalog.builtIn());

        assertEquals(1, result.findings().size(), () -> result.findings().toString());
        CatalogFinding finding = result.findings().get(0);
        assertEquals("/powerModes/0/powerW", finding.path());
        assertTrue(finding.message().startsWith("broken.json: "), finding.message());
        assertTrue(result.catalog().find("acme-edge-module").isPresent(),
                "the good file still loads");
    }

    @Test
    void aSyntaxErrorIsAFindingNotACrash() throws IOException {
        Files.writeString(dir.resolve("half.json"), "{ \"id\": ", StandardCharsets.UTF_8);

        GpuCatalog.LoadResult result = GpuCatalog.loadFolder(dir, GpuCatalog.builtIn());

        assertEquals(1, result.findings().size());
        assertTrue(result.findings().get(0).message().startsWith("half.json: line 1"),
                result.findings().get(0).message());
        assertEquals(GpuCatalog.builtIn().ids(), result.catalog().ids());
    }

    @Test
    void anIdThatDuplicatesABuiltInProfileIsAFinding() throws IOException {
        String json = new String(GpuProfileReaderTest.fixture(
                "user-profiles/acme-edge-module.json"), StandardCharsets.UTF_8)
                .replace("\"acme-edge-module\"", "\"jetson-orin-nx-16gb\"");
        Files.writeString(dir.resolve("my-nx.json"), json, StandardCharsets.UTF_8);

        GpuCatalog.LoadResult result = GpuCatalog.loadFolder(dir, GpuCatalog.builtIn());

        assertEquals(List.of("/id"), GpuProfileReaderTest.pointers(result.findings()));
        assertTrue(result.findings().get(0).message().startsWith("my-nx.json: "));
        assertSame(GpuCatalog.builtIn().find("jetson-orin-nx-16gb").orElseThrow(),
                result.catalog().find("jetson-orin-nx-16gb").orElseThrow(),
                "the built-in profile is kept");
    }

    @Test
    void anIdUsedByTwoUserFilesKeepsTheFirstInNameOrder() throws IOException {
        copyFixture("user-profiles/acme-edge-module.json", "a-first.json");
        copyFixture("user-profiles/acme-edge-module.json", "b-second.json");

        GpuCatalog.LoadResult result = GpuCatalog.loadFolder(dir, GpuCatalog.builtIn());

        assertEquals(List.of("/id"), GpuProfileReaderTest.pointers(result.findings()));
        assertTrue(result.findings().get(0).message().startsWith("b-second.json: "));
        assertTrue(result.findings().get(0).message().contains("a-first.json"));
    }

    @Test
    void ignoresFilesThatAreNotJson() throws IOException {
        Files.writeString(dir.resolve("README.txt"), "not a profile", StandardCharsets.UTF_8);
        Files.createDirectory(dir.resolve("nested.json"));

        GpuCatalog.LoadResult result = GpuCatalog.loadFolder(dir, GpuCatalog.builtIn());

        assertEquals(List.of(), result.findings());
        assertEquals(GpuCatalog.builtIn().ids(), result.catalog().ids());
    }

    @Test
    void aMissingFolderIsAFinding() {
        Path missing = dir.resolve("does-not-exist");

        GpuCatalog.LoadResult result = GpuCatalog.loadFolder(missing, GpuCatalog.builtIn());

        assertEquals(List.of(""), GpuProfileReaderTest.pointers(result.findings()));
        assertSame(GpuCatalog.builtIn(), result.catalog());
    }

    @Test
    void ofRejectsDuplicateIds() {
        GpuProfile nx = GpuCatalog.builtIn().find("jetson-orin-nx-16gb").orElseThrow();

        assertThrows(IllegalArgumentException.class, () -> GpuCatalog.of(List.of(nx, nx)));
    }

    private void copyFixture(String resource, String fileName) throws IOException {
        Files.write(dir.resolve(fileName), GpuProfileReaderTest.fixture(resource));
    }
}
