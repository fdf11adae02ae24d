package io.skyrack.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orekit.OrekitContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.orekit.data.DataSource;
import org.orekit.files.ccsds.ndm.ParserBuilder;
import org.orekit.files.ccsds.ndm.odm.oem.Oem;
import org.orekit.files.ccsds.ndm.odm.omm.Omm;

/**
 * Checks a bundle on the receiving side and reports every problem, each naming its file: the manifest against
 * its schema; every listed file's presence, size and SHA-256; files that are not listed; the plan hash; the
 * cluster record against its schema and its internal references ({@link ClusterReferences}); cluster.yaml
 * against cluster.json; the bundled schemas against the built-in ones; each OEM and OMM through Orekit's CCSDS
 * parsers; the CZML scene's packets; and the signature.
 *
 * <p>Signature: with a trusted public key, the bundle must be signed by that key (same key id) and the signature
 * must verify with it. Without one, a signature present must be intact (it verifies with the public key it
 * carries, whose id must match the stated id), and the report notes that the signer is not trusted; an unsigned
 * bundle is only noted.
 */
public final class BundleVerifier {

    private final OrekitContext orekit;

    /** @param orekit data context for the CCSDS parsers */
    public BundleVerifier(OrekitContext orekit) {
        this.orekit = orekit;
    }

    /**
     * @param dir the bundle folder
     * @param trusted the public key the bundle must be signed with, if any
     * @return every problem found
     * @throws IOException when a file cannot be read for a reason other than its absence
     */
    public VerificationReport verify(Path dir, Optional<PublicKey> trusted) throws IOException {
        Run run = new Run(dir.toAbsolutePath().normalize());
        run.check(trusted);
        return new VerificationReport(run.problems, run.notes, run.signer, run.trusted, run.checkedFiles);
    }

    /** One verification: the problems and notes gathered so far. */
    private final class Run {
        private final Path root;
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private Optional<String> signer = Optional.empty();
        private boolean trusted;
        private int checkedFiles;

        Run(Path root) {
            this.root = root;
        }

        private void problem(String file, String code, String message) {
            problems.add(new Problem(file, code, message));
        }

        void check(Optional<PublicKey> trust) throws IOException {
            if (!Files.isDirectory(root)) {
                problem(".", "missing", root + " is not a folder");
                return;
            }
            Path manifestFile = root.resolve(BundleLayout.MANIFEST);
            byte[] manifestBytes = Files.isRegularFile(manifestFile, LinkOption.NOFOLLOW_LINKS)
                    ? Files.readAllBytes(manifestFile) : null;
            if (manifestBytes == null) {
                problem(BundleLayout.MANIFEST, "missing", "no manifest");
            }
            signature(manifestBytes, trust);
            if (manifestBytes == null) {
                return;
            }
            JsonNode tree = json(BundleLayout.MANIFEST, manifestBytes);
            if (tree == null) {
                return;
            }
            List<String> schema = BundleSchemas.validateManifest(tree);
            schema.forEach(m -> problem(BundleLayout.MANIFEST, "schema", m));
            if (!schema.isEmpty()) {
                return;
            }
            Manifest manifest = Manifest.fromJson(tree);
            files(manifest);
            contents(manifest);
        }

        /** Presence, size and hash of every listed file; files present but not listed. */
        private void files(Manifest manifest) throws IOException {
            Set<String> listed = new HashSet<>();
            for (FileEntry f : manifest.files()) {
                if (!listed.add(f.path())) {
                    problem(f.path(), "schema", "listed twice in the manifest");
                    continue;
                }
                if (!BundleLayout.isSafe(f.path()) || f.path().equals(BundleLayout.MANIFEST)
                        || f.path().equals(BundleLayout.SIGNATURE)) {
                    problem(f.path(), "schema", "not a path a manifest may list");
                    continue;
                }
                Path p = BundleLayout.resolve(root, f.path());
                if (Files.isSymbolicLink(p)) {
                    problem(f.path(), "unlisted", "is a symbolic link; a bundle holds regular files only");
                    continue;
                }
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    problem(f.path(), "missing", "listed in the manifest but missing");
                    continue;
                }
                checkedFiles++;
                long size = Files.size(p);
                if (size != f.size()) {
                    problem(f.path(), "size", "size " + size + " bytes, the manifest says " + f.size());
                }
                String sha = sha256(p);
                if (!sha.equals(f.sha256())) {
                    problem(f.path(), "hash", "SHA-256 " + sha + " does not match the manifest's " + f.sha256());
                }
            }
            List<Path> present = new ArrayList<>();
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).forEach(present::add);
            }
            present.sort(Comparator.naturalOrder());
            for (Path p : present) {
                String rel = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                if (!listed.contains(rel) && !rel.equals(BundleLayout.MANIFEST) && !rel.equals(BundleLayout.SIGNATURE)) {
                    problem(rel, "unlisted", "present in the bundle but not listed in the manifest");
                }
            }
        }

        /** What the files say: plan hash, cluster record, YAML, schemas, OEM, OMM, CZML. */
        private void contents(Manifest manifest) throws IOException {
            for (String required : new String[] {BundleLayout.PLAN, BundleLayout.CLUSTER_JSON, BundleLayout.SCENE,
                BundleLayout.MANIFEST_SCHEMA, BundleLayout.CLUSTER_SCHEMA}) {
                if (manifest.file(required).isEmpty()) {
                    problem(required, "missing", "a bundle must list " + required);
                }
            }
            Optional<FileEntry> plan = manifest.file(manifest.planFile());
            if (plan.isEmpty()) {
                problem(BundleLayout.MANIFEST, "plan", "the plan file " + manifest.planFile() + " is not listed");
            } else if (!plan.get().sha256().equals(manifest.planSha256())) {
                problem(manifest.planFile(), "plan", "the plan hash in the manifest differs from the plan file's");
            }
            schemaCopy(manifest, BundleLayout.MANIFEST_SCHEMA, BundleSchemas.MANIFEST);
            schemaCopy(manifest, BundleLayout.CLUSTER_SCHEMA, BundleSchemas.CLUSTER);
            JsonNode cluster = readable(manifest, BundleLayout.CLUSTER_JSON) ? json(BundleLayout.CLUSTER_JSON,
                    Files.readAllBytes(root.resolve(BundleLayout.CLUSTER_JSON))) : null;
            if (cluster == null) {
                return;
            }
            List<String> schema = BundleSchemas.validateCluster(cluster);
            schema.forEach(m -> problem(BundleLayout.CLUSTER_JSON, "schema", m));
            if (!schema.isEmpty()) {
                return;
            }
            if (!cluster.path("metadata").path("planSha256").asText().equals(manifest.planSha256())) {
                problem(BundleLayout.CLUSTER_JSON, "plan", "metadata.planSha256 differs from the manifest's plan hash");
            }
            problems.addAll(ClusterReferences.check(cluster, BundleLayout.CLUSTER_JSON));
            yaml(manifest, cluster);
            orbits(manifest, cluster);
            if (readable(manifest, BundleLayout.SCENE)) {
                problems.addAll(SceneCheck.check(root.resolve(BundleLayout.SCENE), cluster, BundleLayout.SCENE));
            }
        }

        private void schemaCopy(Manifest manifest, String path, String builtIn) throws IOException {
            if (readable(manifest, path) && !Files.readString(root.resolve(path), StandardCharsets.UTF_8)
                    .equals(builtIn)) {
                problem(path, "schema", "differs from the schema of bundle format version " + Manifest.SCHEMA_VERSION);
            }
        }

        private void yaml(Manifest manifest, JsonNode cluster) throws IOException {
            if (!readable(manifest, BundleLayout.CLUSTER_YAML)) {
                return;
            }
            JsonNode yaml;
            try {
                yaml = new YAMLMapper().readTree(root.resolve(BundleLayout.CLUSTER_YAML).toFile());
            } catch (IOException e) {
                problem(BundleLayout.CLUSTER_YAML, "parse", "not YAML: " + firstLine(e.getMessage()));
                return;
            }
            Comparator<JsonNode> sameValue = (x, y) -> x.isNumber() && y.isNumber()
                    ? Double.compare(x.doubleValue(), y.doubleValue()) : x.equals(y) ? 0 : 1;
            if (yaml == null || !cluster.equals(sameValue, yaml)) {
                problem(BundleLayout.CLUSTER_YAML, "reference", "says something else than cluster.json");
            }
        }

        /** Parses every OEM and OMM; Orekit reads KVN values upper-cased, so object names compare ignoring case. */
    private void orbits(Manifest manifest, JsonNode cluster) {
            ParserBuilder parsers = new ParserBuilder(new CcsdsDataContext(orekit)).withMu(EarthConstants.MU);
            for (JsonNode node : cluster.path("spec").path("nodes")) {
                String name = node.path("name").asText();
                String oem = node.path("ephemerisFile").asText();
                String omm = node.path("elementsFile").asText();
                if (manifest.file(oem).isEmpty()) {
                    problem(BundleLayout.CLUSTER_JSON, "reference", "the ephemeris of " + name + ", " + oem
                            + ", is not in the manifest");
                } else if (readable(manifest, oem)) {
                    try {
                        Oem parsed = parsers.buildOemParser().parseMessage(source(oem));
                        String object = parsed.getSegments().get(0).getMetadata().getObjectName();
                        if (!object.equalsIgnoreCase(name)) {
                            problem(oem, "reference", "OBJECT_NAME " + object + " where " + name + " was expected");
                        }
                    } catch (RuntimeException e) {
                        problem(oem, "parse", "not a CCSDS OEM: " + firstLine(e.getMessage()));
                    }
                }
                if (manifest.file(omm).isEmpty()) {
                    problem(BundleLayout.CLUSTER_JSON, "reference", "the mean elements of " + name + ", " + omm
                            + ", are not in the manifest");
                } else if (readable(manifest, omm)) {
                    try {
                        Omm parsed = parsers.buildOmmParser().parseMessage(source(omm));
                        if (!parsed.getMetadata().getObjectName().equalsIgnoreCase(name)) {
                            problem(omm, "reference", "OBJECT_NAME " + parsed.getMetadata().getObjectName() + " where "
                                    + name + " was expected");
                        }
                    } catch (RuntimeException e) {
                        problem(omm, "parse", "not a CCSDS OMM: " + firstLine(e.getMessage()));
                    }
                }
            }
        }

        private DataSource source(String path) {
            Path p = BundleLayout.resolve(root, path);
            return new DataSource(path, () -> Files.newInputStream(p));
        }

        /** @return true when the path is listed, safe and present as a regular file */
        private boolean readable(Manifest manifest, String path) {
            return manifest.file(path).isPresent() && BundleLayout.isSafe(path)
                    && Files.isRegularFile(BundleLayout.resolve(root, path), LinkOption.NOFOLLOW_LINKS);
        }

        private JsonNode json(String file, byte[] bytes) {
            try {
                JsonNode n = new ObjectMapper().readTree(bytes);
                if (n == null || !n.isObject()) {
                    problem(file, "parse", "not a JSON object");
                    return null;
                }
                return n;
            } catch (IOException e) {
                problem(file, "parse", "not JSON: " + firstLine(e.getMessage()));
                return null;
            }
        }

        private void signature(byte[] manifestBytes, Optional<PublicKey> trust) throws IOException {
            Path sigFile = root.resolve(BundleLayout.SIGNATURE);
            if (!Files.isRegularFile(sigFile, LinkOption.NOFOLLOW_LINKS)) {
                if (trust.isPresent()) {
                    problem(BundleLayout.SIGNATURE, "signature", "the bundle is not signed, but a trusted key was given");
                } else {
                    notes.add("the bundle is not signed");
                }
                return;
            }
            BundleSignature sig;
            PublicKey embedded;
            try {
                sig = BundleSignature.parse(Files.readString(sigFile, StandardCharsets.UTF_8));
                embedded = BundleKeys.publicKey(sig.publicKey(), "the key in manifest.sig");
            } catch (IllegalArgumentException | BundleException | java.nio.charset.MalformedInputException e) {
                problem(BundleLayout.SIGNATURE, "signature", "unreadable: " + e.getMessage());
                return;
            }
            signer = Optional.of(sig.keyId());
            if (!sig.algorithm().equals(BundleKeys.ALGORITHM)) {
                problem(BundleLayout.SIGNATURE, "signature", "algorithm " + sig.algorithm() + " is not Ed25519");
                return;
            }
            if (!BundleKeys.keyId(embedded).equals(sig.keyId())) {
                problem(BundleLayout.SIGNATURE, "signature", "key id " + sig.keyId()
                        + " is not the id of the public key it carries (" + BundleKeys.keyId(embedded) + ")");
            }
            if (manifestBytes == null) {
                return;
            }
            if (trust.isPresent()) {
                String trustedId = BundleKeys.keyId(trust.get());
                if (!trustedId.equals(sig.keyId())) {
                    problem(BundleLayout.SIGNATURE, "signature", "signed by key " + sig.keyId()
                            + ", not by the trusted key " + trustedId);
                } else if (!sig.verifies(manifestBytes, trust.get())) {
                    problem(BundleLayout.SIGNATURE, "signature",
                            "the signature does not match manifest.json (the manifest or the signature was changed)");
                } else {
                    trusted = true;
                }
            } else if (!sig.verifies(manifestBytes, embedded)) {
                problem(BundleLayout.SIGNATURE, "signature",
                        "the signature does not match manifest.json (the manifest or the signature was changed)");
            } else {
                notes.add("signed by key " + sig.keyId() + "; intact, but no trusted key was given (--trust)");
            }
        }
    }

    /** @return SHA-256 of a file's content, hex */
    static String sha256(Path file) throws IOException {
        MessageDigest d = StagedFiles.sha256();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                d.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(d.digest());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
