package io.skyrack.core.bundle;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Shared inputs of the bundle tests: one Orekit context, the built-in catalog, and each sample analysed once. */
final class BundleFixtures {

    static final OrekitContext OREKIT = OrekitContext.bundled();
    static final GpuCatalog CATALOG = GpuCatalog.builtIn();
    private static final Map<String, Analysis> ANALYSES = new ConcurrentHashMap<>();

    private BundleFixtures() {
    }

    /** @return the sample plan */
    static Plan plan(String sample) {
        return PlanFiles.parse(SamplePlans.text(sample), CATALOG).plan().orElseThrow();
    }

    /** @return the sample's analysis, computed once per test run */
    static Analysis analysis(String sample) {
        return ANALYSES.computeIfAbsent(sample,
                s -> new AnalysisPipeline(OREKIT, CATALOG).analyze(plan(s), ProgressMonitor.NONE));
    }

    /** Exports a sample with no placements. */
    static ExportResult export(String sample, Path dir, BundleOptions options) throws BundleException, IOException {
        return new BundleExporter(OREKIT, CATALOG).export(analysis(sample), List.of(), dir, options);
    }

    /** @return the test key pair's private key (fixed, so that signed test bundles are reproducible) */
    static java.security.PrivateKey testKey() throws Exception {
        return BundleKeys.readPrivateKey(resource("bundle/test-key/skyrack.key"));
    }

    /** @return the test key pair's public key */
    static java.security.PublicKey testPublicKey() throws Exception {
        return BundleKeys.readPublicKey(resource("bundle/test-key/skyrack.pub"));
    }

    static Path resource(String name) throws Exception {
        return Path.of(BundleFixtures.class.getClassLoader().getResource(name).toURI());
    }

    /** Flips the lowest bit of one byte of a file. */
    static void flipByte(Path file, int offset) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int at = Math.floorMod(offset, b.length);
        b[at] ^= 1;
        Files.write(file, b);
    }

    /** @return the verifier on the shared context */
    static BundleVerifier verifier() {
        return new BundleVerifier(OREKIT);
    }
}
