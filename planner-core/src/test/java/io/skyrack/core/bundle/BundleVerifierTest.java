package io.skyrack.core.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verification: a sound bundle passes; one changed byte anywhere, a wrong key or a broken reference fails. */
class BundleVerifierTest {

    private static final String SAMPLE = "sophia-tile-demo";

    @TempDir
    static Path shared;
    private static Path pristine;

    @BeforeAll
    static void exportOnce() throws Exception {
        pristine = shared.resolve("pristine");
        BundleFixtures.export(SAMPLE, pristine,
                BundleOptions.defaults().withYaml(true).withSigningKey(BundleFixtures.testKey()));
    }

    /** @return a fresh copy of the signed bundle */
    private static Path copy(Path tmp) throws Exception {
        Path dir = tmp.resolve("bundle");
        try (var s = Files.walk(pristine)) {
            for (Path p : s.toList()) {
                Path to = dir.resolve(pristine.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dir;
    }

    private static VerificationReport verify(Path dir, Optional<PublicKey> trust) throws Exception {
        return BundleFixtures.verifier().verify(dir, trust);
    }

    @Test
    void aSoundSignedBundleVerifiesWithItsKey() throws Exception {
        VerificationReport r = verify(pristine, Optional.of(BundleFixtures.testPublicKey()));
        assertEquals(List.of(), r.problems());
        assertTrue(r.trusted());
        assertEquals(Optional.of(BundleKeys.keyId(BundleFixtures.testPublicKey())), r.signerKeyId());
        assertEquals(10, r.files());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kepler-edge", "suncatcher-cluster", "starcloud-h100"})
    void everySmallSampleExportsToASoundBundle(String sample, @TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve(sample);
        BundleFixtures.export(sample, dir, BundleOptions.defaults().withYaml(true));
        VerificationReport r = verify(dir, Optional.empty());
        assertEquals(List.of(), r.problems());
        assertEquals(List.of("the bundle is not signed"), r.notes());
        if (sample.equals("kepler-edge")) {
            assertTrue(Files.readString(dir.resolve("cluster.json")).contains("\"nextHop\" : \"kepler-"),
                    "kepler-edge relays over crosslinks, so its routes exercise the chain checks");
        }
    }

    @Test
    void withoutATrustedKeyTheSignatureIsCheckedForIntegrityAndNoted() throws Exception {
        VerificationReport r = verify(pristine, Optional.empty());
        assertEquals(List.of(), r.problems());
        assertFalse(r.trusted());
        assertTrue(r.notes().get(0).contains("no trusted key"), r.notes().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cluster.json", "cluster.yaml", "plan.skyrack.json", "scene.czml", "ephemeris/sophia-2.oem",
        "elements/sophia-1.omm", "schemas/cluster.schema.json", "schemas/manifest.schema.json"})
    void oneChangedByteFailsWithAHashProblemNamingTheFile(String file, @TempDir Path tmp) throws Exception {
        Path dir = copy(tmp);
        BundleFixtures.flipByte(dir.resolve(file), (int) (Files.size(dir.resolve(file)) / 2));
        VerificationReport r = verify(dir, Optional.of(BundleFixtures.testPublicKey()));
        assertFalse(r.ok());
        assertTrue(r.problems().stream().anyMatch(p -> p.file().equals(file) && p.code().equals("hash")),
                r.problems().toString());
    }

    @Test
    void aChangedManifestBreaksTheSignature(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp);
        String m = Files.readString(dir.resolve("manifest.json"));
        Files.writeString(dir.resolve("manifest.json"), m.replace("\"skyrack\"", "\"skyracK\""));
        VerificationReport r = verify(dir, Optional.of(BundleFixtures.testPublicKey()));
        assertEquals(List.of("manifest.sig:signature"), r.problems().stream().map(p -> p.file() + ":" + p.code())
                .toList());
        VerificationReport untrusted = verify(dir, Optional.empty());
        assertEquals(1, untrusted.problems().size(), "the embedded key catches it too");
    }

    @Test
    void aBundleSignedByAnotherKeyFailsAgainstTheTrustedKey(@TempDir Path tmp) throws Exception {
        PublicKey other = BundleKeys.generate().getPublic();
        VerificationReport r = verify(pristine, Optional.of(other));
        assertEquals(1, r.problems().size());
        assertEquals("signature", r.problems().get(0).code());
        assertEquals("manifest.sig", r.problems().get(0).file());
        assertFalse(r.trusted());
    }

    @Test
    void aForgedSignatureFails(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp);
        BundleSignature sig = BundleSignature.parse(Files.readString(dir.resolve("manifest.sig")));
        byte[] forged = sig.signature();
        forged[10] ^= 0x40;
        Files.writeString(dir.resolve("manifest.sig"), new BundleSignature(sig.algorithm(), sig.keyId(),
                sig.publicKey(), forged).toText());
        assertEquals("signature", verify(dir, Optional.of(BundleFixtures.testPublicKey())).problems().get(0).code());
        assertEquals("signature", verify(dir, Optional.empty()).problems().get(0).code());
    }

    @Test
    void anUnsignedBundleFailsOnlyWhenAKeyIsTrusted(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp);
        Files.delete(dir.resolve("manifest.sig"));
        assertTrue(verify(dir, Optional.empty()).ok());
        assertEquals("signature", verify(dir, Optional.of(BundleFixtures.testPublicKey())).problems().get(0).code());
    }

    @Test
    void missingAndUnlistedFilesAreReportedAllAtOnce(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp);
        Files.delete(dir.resolve("ephemeris/sophia-1.oem"));
        Files.writeString(dir.resolve("ephemeris/extra.oem"), "x");
        BundleFixtures.flipByte(dir.resolve("scene.czml"), 100);
        VerificationReport r = verify(dir, Optional.empty());
        List<String> got = r.problems().stream().map(p -> p.file() + ":" + p.code()).toList();
        assertTrue(got.contains("ephemeris/sophia-1.oem:missing"), got.toString());
        assertTrue(got.contains("ephemeris/extra.oem:unlisted"), got.toString());
        assertTrue(got.contains("scene.czml:hash"), got.toString());
    }

    @Test
    void aPlacementNamingAMissingGpuFailsAsAReferenceEvenWhenReHashed(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp);
        Files.delete(dir.resolve("cluster.yaml"));
        ObjectMapper m = new ObjectMapper();
        ObjectNode cluster = (ObjectNode) m.readTree(dir.resolve("cluster.json").toFile());
        ArrayNode placements = (ArrayNode) cluster.path("spec").path("placements");
        ObjectNode p = placements.addObject();
        p.put("workload", "edge-os-demo");
        p.put("replica", 0);
        p.put("satellite", "sophia-1");
        p.put("tile", "r1c1");
        p.put("gpu", 3);
        p.put("powerMode", "25W");
        p.put("image", "registry.skyrack.io/demo/edge-os:0.3");
        p.put("memoryBytes", 1);
        p.put("computeTops", 1);
        // a route through a link that does not exist: a satellite relaying to itself
        int slice = 0;
        while (cluster.path("spec").path("routing").path("slices").get(slice).path("routes").isEmpty()) {
            slice++;
        }
        ObjectNode route = (ObjectNode) cluster.path("spec").path("routing").path("slices").get(slice).path("routes")
                .get(0);
        route.put("nextHop", route.path("satellite").asText());
        String where = "$.spec.routing.slices[" + slice + "].routes[0]";
        Files.writeString(dir.resolve("cluster.json"), BundleJson.write(cluster));
        rehash(dir, List.of("cluster.json"), List.of("cluster.yaml"));

        VerificationReport r = verify(dir, Optional.empty());
        assertTrue(r.problems().stream().allMatch(x -> x.file().equals("cluster.json") && x.code().equals("reference")),
                r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(x -> x.message().contains("has no GPU 3")), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(x -> x.message().startsWith(where)),
                r.problems().toString());
    }

    @Test
    void aLinkToAMissingSatelliteFailsAsAReference(@TempDir Path tmp) throws Exception {
        Path dir = copy(tmp);
        Files.delete(dir.resolve("cluster.yaml"));
        String text = Files.readString(dir.resolve("cluster.json"));
        Files.writeString(dir.resolve("cluster.json"), text.replace("\"b\" : \"sophia-2\"", "\"b\" : \"sophia-7\""));
        rehash(dir, List.of("cluster.json"), List.of("cluster.yaml"));
        VerificationReport r = verify(dir, Optional.empty());
        assertTrue(r.problems().stream().anyMatch(x -> x.code().equals("reference")
                && x.message().contains("no satellite 'sophia-7'")), r.problems().toString());
    }

    @Test
    void aFolderWithoutManifestIsNotABundle(@TempDir Path tmp) throws Exception {
        VerificationReport r = verify(tmp, Optional.empty());
        assertEquals("manifest.json", r.problems().get(0).file());
        assertEquals("missing", r.problems().get(0).code());
    }

    /** Recomputes the manifest entries of changed files and drops removed ones, then drops the signature. */
    static void rehash(Path dir, List<String> changed, List<String> removed) throws Exception {
        ObjectMapper m = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) m.readTree(dir.resolve("manifest.json").toFile());
        ArrayNode files = (ArrayNode) manifest.path("files");
        for (int i = files.size() - 1; i >= 0; i--) {
            ObjectNode f = (ObjectNode) files.get(i);
            String path = f.path("path").asText();
            if (removed.contains(path)) {
                files.remove(i);
            } else if (changed.contains(path)) {
                byte[] b = Files.readAllBytes(dir.resolve(path));
                f.put("size", b.length);
                f.put("sha256", StagedFiles.sha256Hex(b));
            }
        }
        Files.write(dir.resolve("manifest.json"), BundleJson.write(manifest).getBytes(StandardCharsets.UTF_8));
        Files.deleteIfExists(dir.resolve("manifest.sig"));
    }
}
