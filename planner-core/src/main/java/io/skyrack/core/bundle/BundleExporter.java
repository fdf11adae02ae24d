package io.skyrack.core.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.orbit.ConstellationOrbits;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanCodec;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.orekit.time.AbsoluteDate;

/**
 * Writes the deployment bundle of an analysed plan.
 *
 * <p>Every file is first written into a temporary sibling folder of the target, hashed on the way; the
 * manifest and the cluster record are validated against their schemas and the cluster's references checked;
 * the manifest is signed; and only then does the folder take the target's name by a rename. A failure at any
 * point deletes the temporary folder and leaves the target as it was. A target that exists and is not empty is
 * refused unless {@link BundleOptions#overwrite()}; it is then replaced as a whole (renamed aside, then deleted
 * once the new bundle is in place).
 */
public final class BundleExporter {

    /** Generator name written in the manifest. */
    public static final String GENERATOR = "skyrack";

    private final OrekitContext orekit;
    private final GpuCatalog catalog;

    /**
     * @param orekit Orekit data context (the one the analysis used)
     * @param catalog GPU profiles (the ones the analysis used)
     */
    public BundleExporter(OrekitContext orekit, GpuCatalog catalog) {
        this.orekit = orekit;
        this.catalog = catalog;
    }

    /** @return the generator version written in the manifest: the jar's version, or {@code development} */
    public static String generatorVersion() {
        String v = BundleExporter.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /**
     * @param analysis the analysis of the plan to export
     * @param placements placement rows (empty while placement is not run)
     * @param dir the bundle folder
     * @param options steps, YAML, overwrite and signing key
     * @return what was written
     * @throws BundleException when the folder is not empty (without overwrite), an option is out of range or a
     *         placement names something that does not exist
     * @throws IOException when a file cannot be written; nothing is left behind
     */
    public ExportResult export(Analysis analysis, List<PlacementRow> placements, Path dir, BundleOptions options)
            throws BundleException, IOException {
        return export(analysis, placements, dir, options, ProgressMonitor.NONE);
    }

    /**
     * @param analysis the analysis of the plan to export
     * @param placements placement rows (empty while placement is not run)
     * @param dir the bundle folder
     * @param options steps, YAML, overwrite and signing key
     * @param progress progress and cancellation
     * @return what was written
     * @throws BundleException when the folder is not empty (without overwrite), an option is out of range or a
     *         placement names something that does not exist
     * @throws IOException when a file cannot be written; nothing is left behind
     * @throws java.util.concurrent.CancellationException when cancelled; nothing is left behind
     */
    public ExportResult export(Analysis analysis, List<PlacementRow> placements, Path dir, BundleOptions options,
                               ProgressMonitor progress) throws BundleException, IOException {
        long t0 = System.nanoTime();
        EphemerisGrid grid = analysis.grid();
        double ephemerisStep = ephemerisStep(options, grid.step());
        if (!(options.routingInterval() > 0) || !Double.isFinite(options.routingInterval())) {
            throw new BundleException(BundleException.Reason.INVALID_OPTION,
                    "the routing interval must be a positive number of seconds, got " + options.routingInterval());
        }
        Path target = dir.toAbsolutePath().normalize();
        checkTarget(target, options.overwrite());
        if (options.signingKey().isPresent()) {
            // a key that cannot sign fails here, before anything is written
            BundleKeys.publicKeyOf(options.signingKey().get());
        }

        // the content, checked before anything touches the disk
        String planText = PlanCodec.write(analysis.plan());
        byte[] planBytes = planText.getBytes(StandardCharsets.UTF_8);
        String planSha = StagedFiles.sha256Hex(planBytes);
        List<String> stems = BundleLayout.stems(grid.names());
        List<String> oemPaths = stems.stream().map(s -> BundleLayout.EPHEMERIS_DIR + s + ".oem").toList();
        List<String> ommPaths = stems.stream().map(s -> BundleLayout.ELEMENTS_DIR + s + ".omm").toList();
        ObjectNode cluster = ClusterDocument.build(analysis, catalog, placements, new ClusterDocument.References(
                planSha, oemPaths, ommPaths, ephemerisStep, options.routingInterval()));
        checkCluster(cluster);
        int[] steps = sampleSteps(grid, (int) Math.round(ephemerisStep / grid.step()));
        List<SatelliteOrbit> orbits = new ConstellationOrbits(orekit).build(analysis.plan());

        Files.createDirectories(target.getParent());
        Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".staging-");
        try {
            readablePermissions(staging);
            StagedFiles files = new StagedFiles(staging);
            progress.progress("Writing the bundle", 0.0);
            files.write(BundleLayout.PLAN, planBytes);
            files.write(BundleLayout.CLUSTER_JSON, BundleJson.write(cluster));
            if (options.yaml()) {
                files.write(BundleLayout.CLUSTER_YAML, new YAMLMapper().writeValueAsString(cluster));
            }
            files.write(BundleLayout.MANIFEST_SCHEMA, BundleSchemas.MANIFEST);
            files.write(BundleLayout.CLUSTER_SCHEMA, BundleSchemas.CLUSTER);
            files.write(BundleLayout.SCENE, out -> CzmlScene.write(analysis.plan().name(), grid, steps,
                    analysis.plan().groundStations(), analysis.schedule().windows(), out));
            writeOrbits(analysis, orbits, steps, oemPaths, ommPaths, files, progress);

            Manifest manifest = new Manifest(Manifest.SCHEMA_VERSION, GENERATOR, generatorVersion(),
                    analysis.plan().name(), BundleLayout.PLAN, planSha, BundleJson.time(analysis.plan().epoch()),
                    files.entries());
            JsonNode manifestTree = manifest.toJson();
            List<String> bad = BundleSchemas.validateManifest(manifestTree);
            if (!bad.isEmpty()) {
                throw new IllegalStateException("the manifest does not match its schema: " + bad);
            }
            byte[] manifestBytes = BundleJson.write(manifestTree).getBytes(StandardCharsets.UTF_8);
            Files.write(staging.resolve(BundleLayout.MANIFEST), manifestBytes);
            long total = manifestBytes.length + manifest.files().stream().mapToLong(FileEntry::size).sum();
            Optional<String> keyId = Optional.empty();
            if (options.signingKey().isPresent()) {
                BundleSignature sig = BundleSignature.sign(manifestBytes, options.signingKey().get());
                byte[] sigBytes = sig.toText().getBytes(StandardCharsets.UTF_8);
                Files.write(staging.resolve(BundleLayout.SIGNATURE), sigBytes);
                total += sigBytes.length;
                keyId = Optional.of(sig.keyId());
            }
            progress.checkCancelled();
            moveIntoPlace(staging, target);
            progress.progress("Writing the bundle", 1.0);
            return new ExportResult(target, manifest, total, keyId, ephemerisStep, (System.nanoTime() - t0) * 1e-9);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * @param options options
     * @param planStep the plan's step (s)
     * @return the ephemeris step to use (s)
     * @throws BundleException when the requested step is not a positive multiple of the plan step
     */
    public static double ephemerisStep(BundleOptions options, double planStep) throws BundleException {
        double requested = options.ephemerisStep();
        if (Double.isNaN(requested)) {
            return BundleOptions.defaultEphemerisStep(planStep);
        }
        double ratio = requested / planStep;
        if (!(requested > 0) || !Double.isFinite(requested) || ratio < 1 - 1e-9
                || Math.abs(ratio - Math.rint(ratio)) > 1e-9 * ratio) {
            throw new BundleException(BundleException.Reason.INVALID_OPTION, "the ephemeris step "
                    + io.skyrack.core.persistence.Numbers.format(requested)
                    + " s is not a positive multiple of the plan step of "
                    + io.skyrack.core.persistence.Numbers.format(planStep) + " s");
        }
        return Math.rint(ratio) * planStep;
    }

    /**
     * @param grid the grid
     * @param stride grid steps between samples
     * @return every {@code stride}-th step from 0, and the last step, so that the samples span the window
     */
    static int[] sampleSteps(EphemerisGrid grid, int stride) {
        int last = grid.stepCount() - 1;
        int n = last / stride + 1 + (last % stride == 0 ? 0 : 1);
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            steps[i] = Math.min(last, i * stride);
        }
        return steps;
    }

    /**
     * Checks that a bundle may be written to a folder: callers check before a long analysis, the export again.
     *
     * @param target the bundle folder
     * @param overwrite whether a non-empty folder may be replaced
     * @throws BundleException when it is a file, or a non-empty folder without {@code overwrite}
     * @throws IOException when the folder cannot be listed
     */
    public static void checkTarget(Path target, boolean overwrite) throws BundleException, IOException {
        target = target.toAbsolutePath().normalize();
        if (target.getParent() == null) {
            throw new BundleException(BundleException.Reason.TARGET_NOT_USABLE, "cannot write a bundle to " + target);
        }
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BundleException(BundleException.Reason.TARGET_NOT_USABLE, target + " is a file, not a folder");
        }
        try (Stream<Path> s = Files.list(target)) {
            if (s.findAny().isPresent() && !overwrite) {
                throw new BundleException(BundleException.Reason.TARGET_NOT_EMPTY,
                        target + " is not empty; choose an empty folder or allow overwriting (--force)");
            }
        }
    }

    /** Schema and references of the record the export is about to write; bad placements are the caller's. */
    private static void checkCluster(ObjectNode cluster) throws BundleException {
        List<String> schema = BundleSchemas.validateCluster(cluster);
        if (!schema.isEmpty()) {
            throw new IllegalStateException("cluster.json does not match its schema: " + schema);
        }
        List<Problem> refs = ClusterReferences.check(cluster, BundleLayout.CLUSTER_JSON);
        List<String> placements = refs.stream().map(Problem::message).filter(m -> m.startsWith("$.spec.placements"))
                .toList();
        if (!placements.isEmpty()) {
            throw new BundleException(BundleException.Reason.INVALID_PLACEMENT,
                    placements.size() + " placement row(s) refer to something that does not exist", placements);
        }
        if (!refs.isEmpty()) {
            throw new IllegalStateException("cluster.json has broken references: " + refs);
        }
    }

    private void writeOrbits(Analysis analysis, List<SatelliteOrbit> orbits, int[] steps, List<String> oemPaths,
                             List<String> ommPaths, StagedFiles files, ProgressMonitor progress) throws IOException {
        EphemerisGrid grid = analysis.grid();
        AbsoluteDate created = orekit.date(analysis.plan().epoch());
        OrbitFiles writer = new OrbitFiles(orekit, created);
        int n = grid.satelliteCount();
        AtomicInteger done = new AtomicInteger();
        try {
            IntStream.range(0, n).parallel().forEach(s -> {
                progress.checkCancelled();
                String model = analysis.propagators().get(s);
                try {
                    files.write(oemPaths.get(s), out -> {
                        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        writer.writeOem(grid, s, steps, model, w);
                        w.flush();
                    });
                    files.write(ommPaths.get(s), out -> {
                        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        writer.writeOmm(orbits.get(s), model, w);
                        w.flush();
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                int d = done.incrementAndGet();
                if (d * 20L / n != (d - 1) * 20L / n) {
                    progress.progress("Writing the bundle", (double) d / n);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path aside = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
        Files.delete(aside);
        move(target, aside);
        try {
            move(staging, target);
        } catch (IOException e) {
            move(aside, target);
            throw e;
        }
        deleteTree(aside);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        } catch (DirectoryNotEmptyException e) {
            throw new IOException("cannot replace " + to + ": " + e.getMessage(), e);
        }
    }

    private static void readablePermissions(Path dir) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(all::add);
        }
        all.sort(Comparator.reverseOrder());
        for (Path p : all) {
            Files.deleteIfExists(p);
        }
    }
}
