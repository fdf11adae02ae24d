package io.skyrack.core.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skyrack.core.persistence.PlanCodec;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing bundles: content, determinism, refusal of non-empty folders, atomicity, placements, round trip. */
class BundleExporterTest {

    private static final String SAMPLE = "sophia-tile-demo";

    @Test
    void writesEveryFileAndListsItInTheManifest(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("bundle");
        ExportResult r = BundleFixtures.export(SAMPLE, dir, BundleOptions.defaults().withYaml(true));
        List<String> paths = r.manifest().files().stream().map(FileEntry::path).toList();
        assertEquals(List.of("cluster.json", "cluster.yaml", "elements/sophia-1.omm", "elements/sophia-2.omm",
                "ephemeris/sophia-1.oem", "ephemeris/sophia-2.oem", "plan.skyrack.json", "scene.czml",
                "schemas/cluster.schema.json", "schemas/manifest.schema.json"), paths, "sorted by path");
        assertTrue(Files.exists(dir.resolve("manifest.json")));
        assertFalse(Files.exists(dir.resolve("manifest.sig")), "unsigned unless asked");
        assertEquals(120.0, r.ephemerisStep(), 0.0);
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertEquals("2026-06-01T00:00:00Z", manifest.path("createdAt").asText(), "creation time is the plan epoch");
        assertEquals(StagedFiles.sha256Hex(PlanCodec.write(BundleFixtures.plan(SAMPLE)).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), manifest.path("plan").path("sha256").asText());
        JsonNode cluster = new ObjectMapper().readTree(dir.resolve("cluster.json").toFile());
        assertEquals(List.of(), BundleSchemas.validateCluster(cluster));
        assertEquals("OrbitalCluster", cluster.path("kind").asText());
        assertEquals(2, cluster.path("spec").path("nodes").size());
        assertEquals(3, cluster.path("spec").path("nodes").get(0).path("tiles").size());
        assertEquals("25W", cluster.path("spec").path("nodes").get(0).path("tiles").get(0).path("gpus").get(0)
                .path("powerMode").asText());
        assertEquals(73, cluster.path("spec").path("routing").path("slices").size(), "12 h every 10 min");
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(dir), s.toList(), "no staging folder left behind");
        }
    }

    @Test
    void theSamePlanGivesByteIdenticalBundles(@TempDir Path tmp) throws Exception {
        BundleOptions options = BundleOptions.defaults().withYaml(true).withSigningKey(BundleFixtures.testKey());
        ExportResult first = BundleFixtures.export(SAMPLE, tmp.resolve("one"), options);
        BundleFixtures.export(SAMPLE, tmp.resolve("two"), options);
        List<String> all = new java.util.ArrayList<>(first.manifest().files().stream().map(FileEntry::path).toList());
        all.add(BundleLayout.MANIFEST);
        all.add(BundleLayout.SIGNATURE);
        for (String p : all) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("one").resolve(p)),
                    Files.readAllBytes(tmp.resolve("two").resolve(p)), p);
        }
    }

    @Test
    void aNonEmptyFolderIsRefusedUnlessOverwriting(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("bundle");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("precious.txt"), "keep me");
        BundleException e = assertThrows(BundleException.class,
                () -> BundleFixtures.export(SAMPLE, dir, BundleOptions.defaults()));
        assertEquals(BundleException.Reason.TARGET_NOT_EMPTY, e.reason());
        assertEquals("keep me", Files.readString(dir.resolve("precious.txt")));

        BundleFixtures.export(SAMPLE, dir, BundleOptions.defaults().withOverwrite(true));
        assertFalse(Files.exists(dir.resolve("precious.txt")), "the folder is replaced as a whole");
        assertTrue(Files.exists(dir.resolve("manifest.json")));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(dir), s.toList(), "the previous folder is gone");
        }
    }

    @Test
    void anEmptyFolderIsUsedAndAFileIsRefused(@TempDir Path tmp) throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        BundleFixtures.export(SAMPLE, empty, BundleOptions.defaults());
        assertTrue(Files.exists(empty.resolve("manifest.json")));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        BundleException e = assertThrows(BundleException.class,
                () -> BundleFixtures.export(SAMPLE, file, BundleOptions.defaults()));
        assertEquals(BundleException.Reason.TARGET_NOT_USABLE, e.reason());
    }

    @Test
    void aFailedExportLeavesNothingBehind(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("bundle");
        ProgressMonitor cancelMidway = new ProgressMonitor() {
            private int calls;

            @Override
            public void progress(String stage, double fraction) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls > 1;
            }
        };
        assertThrows(CancellationException.class, () -> new BundleExporter(BundleFixtures.OREKIT,
                BundleFixtures.CATALOG).export(BundleFixtures.analysis("kepler-edge"), List.of(), dir,
                BundleOptions.defaults(), cancelMidway));
        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of(), s.toList(), "neither the bundle nor its staging folder exists");
        }
    }

    @Test
    void anEphemerisStepThatIsNotAMultipleOfThePlanStepIsRefused(@TempDir Path tmp) {
        BundleException e = assertThrows(BundleException.class, () -> BundleFixtures.export(SAMPLE,
                tmp.resolve("b"), BundleOptions.defaults().withEphemerisStep(45)));
        assertEquals(BundleException.Reason.INVALID_OPTION, e.reason());
        assertFalse(Files.exists(tmp.resolve("b")));
    }

    @Test
    void placementsAreListedAndCheckedAgainstTheNodes(@TempDir Path tmp) throws Exception {
        PlacementRow good = new PlacementRow("edge-os-demo", 0, "sophia-1", "r1c2", 0, "25W",
                "registry.skyrack.io/demo/edge-os:0.3", 6L << 30, 40e12);
        Path dir = tmp.resolve("ok");
        new BundleExporter(BundleFixtures.OREKIT, BundleFixtures.CATALOG).export(BundleFixtures.analysis(SAMPLE),
                List.of(good), dir, BundleOptions.defaults());
        JsonNode p = new ObjectMapper().readTree(dir.resolve("cluster.json").toFile()).path("spec").path("placements");
        assertEquals(1, p.size());
        assertEquals("r1c2", p.get(0).path("tile").asText());
        assertEquals(40, p.get(0).path("computeTops").asDouble(), 1e-9);
        assertTrue(BundleFixtures.verifier().verify(dir, Optional.empty()).ok());

        List<PlacementRow> bad = List.of(
                new PlacementRow("edge-os-demo", 0, "sophia-1", "r1c1", 1, "25W", "img", 1, 1),
                new PlacementRow("edge-os-demo", 1, "sophia-9", "r1c1", 0, "25W", "img", 1, 1),
                new PlacementRow("edge-os-demo", 1, "sophia-2", "r4c1", 0, "25W", "img", 1, 1));
        BundleException e = assertThrows(BundleException.class, () -> new BundleExporter(BundleFixtures.OREKIT,
                BundleFixtures.CATALOG).export(BundleFixtures.analysis(SAMPLE), bad, tmp.resolve("bad"),
                BundleOptions.defaults()));
        assertEquals(BundleException.Reason.INVALID_PLACEMENT, e.reason());
        for (int i = 0; i < bad.size(); i++) {
            String row = "$.spec.placements[" + i + "]";
            assertTrue(e.details().stream().anyMatch(d -> d.startsWith(row)), "every bad row is reported: "
                    + e.details());
        }
        assertFalse(Files.exists(tmp.resolve("bad")));
    }

    @Test
    void planToBundleToPlanGivesAnEqualPlan(@TempDir Path tmp) throws Exception {
        for (String sample : List.of("sophia-tile-demo", "starcloud-h100")) {
            Path dir = tmp.resolve(sample);
            BundleFixtures.export(sample, dir, BundleOptions.defaults());
            BundleImporter.Imported back = new BundleImporter(BundleFixtures.OREKIT, BundleFixtures.CATALOG)
                    .read(dir, Optional.empty());
            Plan original = BundleFixtures.plan(sample);
            assertEquals(original, back.plan());
            assertEquals(PlanCodec.write(original), back.text());
        }
    }

    @Test
    void aTamperedBundleIsNotImported(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("b");
        BundleFixtures.export(SAMPLE, dir, BundleOptions.defaults());
        Files.writeString(dir.resolve("plan.skyrack.json"), Files.readString(dir.resolve("plan.skyrack.json"))
                .replace("\"durationHours\" : 12", "\"durationHours\" : 13"));
        BundleException e = assertThrows(BundleException.class, () -> new BundleImporter(BundleFixtures.OREKIT,
                BundleFixtures.CATALOG).read(dir, Optional.empty()));
        assertEquals(BundleException.Reason.INVALID_BUNDLE, e.reason());
        assertTrue(e.details().stream().anyMatch(d -> d.startsWith("plan.skyrack.json:")), e.details().toString());
    }

    @Test
    void theDefaultEphemerisStepIsAMultipleOfThePlanStep() throws IOException {
        assertEquals(120.0, BundleOptions.defaultEphemerisStep(30), 0.0);
        assertEquals(135.0, BundleOptions.defaultEphemerisStep(45), 0.0);
        assertEquals(120.0, BundleOptions.defaultEphemerisStep(120), 0.0);
        assertEquals(300.0, BundleOptions.defaultEphemerisStep(300), 0.0);
    }
}
