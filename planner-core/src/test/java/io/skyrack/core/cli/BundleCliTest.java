package io.skyrack.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.persistence.PlanCodec;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keygen, export, verify and import-bundle from the command line: exit codes and what they print. */
class BundleCliTest {

    private static SkyrackCliTest.Run run(String... args) {
        return SkyrackCliTest.run(args);
    }

    @Test
    void keygenExportVerifyImportRoundTrip(@TempDir Path tmp) throws Exception {
        Path keys = tmp.resolve("keys");
        SkyrackCliTest.Run k = run("keygen", "--out", keys.toString());
        assertEquals(0, k.code(), k.err());
        assertTrue(k.out().matches("(?s)key id [0-9a-f]{16}\n.*"), k.out());
        assertEquals(2, run("keygen", "--out", keys.toString()).code(), "existing keys are kept");

        Path bundle = tmp.resolve("bundle");
        SkyrackCliTest.Run e = run("export", "sample:sophia-tile-demo", "--out", bundle.toString(), "--sign",
                keys.resolve("skyrack.key").toString(), "--yaml", "--quiet");
        assertEquals(0, e.code(), e.out() + e.err());
        assertTrue(e.out().contains("signed by key"), e.out());
        assertTrue(Files.exists(bundle.resolve("cluster.yaml")));

        SkyrackCliTest.Run v = run("verify", bundle.toString(), "--trust", keys.resolve("skyrack.pub").toString());
        assertEquals(0, v.code(), v.out() + v.err());
        assertTrue(v.out().contains("verified"), v.out());

        Path plan = tmp.resolve("back.skyrack.json");
        SkyrackCliTest.Run i = run("import-bundle", bundle.toString(), "--out", plan.toString());
        assertEquals(0, i.code(), i.out() + i.err());
        var original = PlanFiles.parse(SamplePlans.text("sophia-tile-demo"), GpuCatalog.builtIn()).plan().orElseThrow();
        assertEquals(PlanCodec.write(original), Files.readString(plan));
        assertEquals(original, PlanFiles.load(plan, GpuCatalog.builtIn()).plan().orElseThrow());
        assertEquals(2, run("import-bundle", bundle.toString(), "--out", plan.toString()).code(), "no overwrite");
    }

    @Test
    void verifyPrintsEveryProblemNamingItsFileAndExitsTwo(@TempDir Path tmp) throws Exception {
        Path bundle = tmp.resolve("bundle");
        assertEquals(0, run("export", "sample:sophia-tile-demo", "--out", bundle.toString(), "--quiet").code());
        Path oem = bundle.resolve("ephemeris/sophia-2.oem");
        byte[] b = Files.readAllBytes(oem);
        b[b.length / 2] ^= 1;
        Files.write(oem, b);
        Files.writeString(bundle.resolve("notes.txt"), "hello");
        SkyrackCliTest.Run v = run("verify", bundle.toString());
        assertEquals(2, v.code(), v.out());
        assertTrue(v.out().contains("ephemeris/sophia-2.oem: SHA-256"), v.out());
        assertTrue(v.out().contains("notes.txt: present in the bundle but not listed"), v.out());
        assertTrue(v.out().contains("2 problems"), v.out());
    }

    @Test
    void exportRefusesANonEmptyFolderUnlessForced(@TempDir Path tmp) throws Exception {
        Path bundle = Files.createDirectories(tmp.resolve("bundle"));
        Files.writeString(bundle.resolve("old.txt"), "old");
        SkyrackCliTest.Run e = run("export", "sample:starcloud-h100", "--out", bundle.toString(), "--quiet");
        assertEquals(2, e.code());
        assertTrue(e.err().contains("not empty"), e.err());
        assertTrue(Files.exists(bundle.resolve("old.txt")));
        assertEquals(0, run("export", "sample:starcloud-h100", "--out", bundle.toString(), "--quiet", "--force")
                .code());
        assertFalse(Files.exists(bundle.resolve("old.txt")));
    }

    @Test
    void badOptionsAndKeysAreInvalidInput(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("b");
        SkyrackCliTest.Run step = run("export", "sample:sophia-tile-demo", "--out", out.toString(),
                "--ephemeris-step", "45", "--quiet");
        assertEquals(2, step.code());
        assertTrue(step.err().contains("not a positive multiple of the plan step"), step.err());
        Path notAKey = Files.writeString(tmp.resolve("x.key"), "hello");
        assertEquals(2, run("export", "sample:sophia-tile-demo", "--out", out.toString(), "--sign",
                notAKey.toString(), "--quiet").code());
        assertEquals(2, run("verify", tmp.toString(), "--trust", notAKey.toString()).code());
        assertEquals(2, run("verify", tmp.resolve("nothing").toString()).code());
        assertFalse(Files.exists(out));
    }

    @Test
    void aPlanWithAPathInASatelliteNameWritesNothing(@TempDir Path tmp) throws Exception {
        String text = SamplePlans.text("sophia-tile-demo").replace("\"name\": \"sophia-1\"",
                "\"name\": \"../../escaped\"").replace("\"a\": \"sophia-1\"", "\"a\": \"../../escaped\"");
        Path plan = Files.writeString(tmp.resolve("evil.skyrack.json"), text);
        Path out = tmp.resolve("deep/er/bundle");
        SkyrackCliTest.Run e = run("export", plan.toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, e.code(), e.out() + e.err());
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(List.of(tmp, plan), s.sorted().toList(), "nothing written anywhere");
        }
    }
}
