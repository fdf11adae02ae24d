package io.skyrack.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names from a plan cannot leave the bundle folder. */
class BundleLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "/etc/passwd", "a/../../b", "a/..", "..", ".", "", "a//b", ".hidden",
        "a\\b", "C:x", "a/b.", "trailing/", "sp ace"})
    void unsafePathsAreRefused(String path, @TempDir Path dir) {
        assertFalse(BundleLayout.isSafe(path), path);
        assertThrows(IllegalArgumentException.class, () -> BundleLayout.resolve(dir, path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest.json", "ephemeris/W-P01-S01.oem", "schemas/cluster.schema.json", "a..b"})
    void safePathsResolveInsideTheFolder(String path, @TempDir Path dir) {
        assertTrue(BundleLayout.isSafe(path));
        assertTrue(BundleLayout.resolve(dir, path).startsWith(dir.toAbsolutePath().normalize()));
    }

    @Test
    void maliciousNamesBecomeSafeDistinctStems(@TempDir Path dir) {
        List<String> names = List.of("../../etc/passwd", "..", ".", ".bashrc", "a/b", "a\\b", "C:\\x", "x\u0000y",
                "sat 1", "Sat-1", "sat-1", "sat-1_2", "x".repeat(300), "sat.", "ok-name_1.2");
        List<String> stems = BundleLayout.stems(names);
        assertEquals(names.size(), stems.size());
        Set<String> lower = new HashSet<>();
        for (String stem : stems) {
            assertTrue(BundleLayout.isSafe("ephemeris/" + stem + ".oem"), stem);
            assertTrue(BundleLayout.resolve(dir, "ephemeris/" + stem + ".oem")
                    .startsWith(dir.toAbsolutePath().normalize().resolve("ephemeris")));
            assertTrue(lower.add(stem.toLowerCase(Locale.ROOT)), "clash on a case-insensitive file system: " + stem);
        }
        assertEquals("ok-name_1.2", stems.get(14), "valid names are kept");
        assertEquals("Sat-1", stems.get(9));
        assertEquals("sat-1_2", stems.get(10), "a case clash gets a suffix");
        assertEquals("sat-1_2_2", stems.get(11), "and the suffix itself never clashes");
    }
}
