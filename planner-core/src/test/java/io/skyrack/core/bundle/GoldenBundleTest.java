package io.skyrack.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle of sophia-tile-demo, signed with the test key (with cluster.yaml), compared file by file with the
 * golden copy under {@code src/test/resources/bundle/golden/sophia-tile-demo/}. docs/bundle-format.md quotes it.
 *
 * <p>When a deliberate change alters the bundle (format, analysis numbers), regenerate the golden copy and review
 * the diff before committing it:
 * <pre>mvn -o test -pl planner-core -Dtest=GoldenBundleTest -Dskyrack.regenerateGolden=true</pre>
 */
class GoldenBundleTest {

    /** Set to {@code true} to rewrite the golden copy instead of comparing with it. */
    static final String REGENERATE = "skyrack.regenerateGolden";
    /** The golden copy, from the module folder Maven runs tests in. */
    private static final Path GOLDEN = Path.of("src", "test", "resources", "bundle", "golden", "sophia-tile-demo");

    @Test
    void sophiaTileDemoMatchesTheGoldenBundle(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("bundle");
        BundleFixtures.export("sophia-tile-demo", dir,
                BundleOptions.defaults().withYaml(true).withSigningKey(BundleFixtures.testKey()));
        if (Boolean.getBoolean(REGENERATE)) {
            BundleExporter.deleteTree(GOLDEN);
            for (String f : files(dir)) {
                Files.createDirectories(GOLDEN.resolve(f).getParent());
                Files.copy(dir.resolve(f), GOLDEN.resolve(f));
            }
        }
        assertTrue(Files.isDirectory(GOLDEN), "no golden bundle at " + GOLDEN.toAbsolutePath());
        assertEquals(files(GOLDEN), files(dir), "the bundle's files");
        for (String f : files(dir)) {
            String expected = Files.readString(GOLDEN.resolve(f), StandardCharsets.UTF_8);
            String actual = Files.readString(dir.resolve(f), StandardCharsets.UTF_8);
            assertEquals(expected, actual, f + " differs from the golden copy; if the change is deliberate, "
                    + "regenerate with -D" + REGENERATE + "=true and review the diff");
        }
        assertEquals(List.of(), BundleFixtures.verifier().verify(GOLDEN, Optional.of(BundleFixtures.testPublicKey()))
                .problems(), "the golden copy itself verifies");
    }

    private static List<String> files(Path root) throws Exception {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
        }
        out.sort(null);
        return out;
    }
}
