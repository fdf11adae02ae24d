package io.skyrack.core.cli;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.analysis.TerminalProgress;
import io.skyrack.core.bundle.BundleException;
import io.skyrack.core.bundle.BundleExporter;
import io.skyrack.core.bundle.BundleKeys;
import io.skyrack.core.bundle.BundleOptions;
import io.skyrack.core.bundle.ExportResult;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skyrack export PLAN --out DIR}: analyzes a plan and writes its deployment bundle. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Analyze a plan and write its deployment bundle for the flight control plane:",
                "manifest.json, cluster.json (+ cluster.yaml), schemas/, ephemeris/*.oem, elements/*.omm,",
                "scene.czml, plan.skyrack.json and, with --sign, manifest.sig. See docs/bundle-format.md.",
                "Exit 0 ok, 2 invalid input (plan, options, key, non-empty folder), 1 internal error."})
final class ExportCommand extends PlanCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Bundle folder: created, or replaced with --force; written in a temporary folder first.")
    Path out;

    @Option(names = "--sign", paramLabel = "KEYFILE", description = "Ed25519 private key (PEM PKCS#8, see keygen) "
            + "that signs the manifest into manifest.sig.")
    Path sign;

    @Option(names = "--force", description = "Replace a folder that is not empty.")
    boolean force;

    @Option(names = "--yaml", description = "Also write cluster.yaml.")
    boolean yaml;

    @Option(names = "--ephemeris-step", paramLabel = "SECONDS", description = "Time between OEM and CZML samples, "
            + "a multiple of the plan step (default: the smallest multiple of at least 120 s).")
    Double ephemerisStep;

    @Option(names = "--routing-interval", paramLabel = "SECONDS", defaultValue = "600",
            description = "Time between routing-table slices (default: ${DEFAULT-VALUE}).")
    double routingInterval;

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    int run(PrintWriter stdout, PrintWriter err, GpuCatalog catalog, PlanFiles.LoadResult r) {
        if (refuseInvalid(err, r)) {
            return SkyrackCli.INVALID_INPUT;
        }
        try {
            BundleOptions options = BundleOptions.defaults().withYaml(yaml).withOverwrite(force)
                    .withRoutingInterval(routingInterval)
                    .withEphemerisStep(ephemerisStep == null ? Double.NaN : ephemerisStep);
            if (sign != null) {
                options = options.withSigningKey(BundleKeys.readPrivateKey(sign));
                BundleKeys.publicKeyOf(options.signingKey().get());
            }
            // refuse bad options and a non-empty folder before the analysis, which takes a while
            BundleExporter.ephemerisStep(options, r.plan().get().window().step());
            BundleExporter.checkTarget(out, force);
            OrekitContext orekit;
            try {
                orekit = OrekitContext.fromSettings(engine.orekitData);
            } catch (IllegalArgumentException e) {
                err.println("skyrack export: --orekit-data: " + e.getMessage());
                return SkyrackCli.INVALID_INPUT;
            }
            ProgressMonitor progress = engine.quiet ? ProgressMonitor.NONE : new TerminalProgress(System.err);
            if (!engine.quiet) {
                err.println("Analyzing " + r.plan().get().name() + " …");
                err.flush();
            }
            Analysis a = new AnalysisPipeline(orekit, catalog).analyze(r.plan().get(), progress);
            ExportResult result = new BundleExporter(orekit, catalog).export(a, io.skyrack.core.bundle.PlacementRow.of(a), out, options, progress);
            stdout.printf(Locale.ROOT, "%s: bundle of %d files, %.1f MB, ephemeris every %s s%s, written in %.1f s%n",
                    a.plan().name(), result.manifest().files().size() + (result.keyId().isPresent() ? 2 : 1),
                    result.totalBytes() / 1e6, io.skyrack.core.persistence.Numbers.format(result.ephemerisStep()),
                    result.keyId().map(k -> ", signed by key " + k).orElse(", unsigned"), result.seconds());
            stdout.println("Bundle in " + result.dir());
            return SkyrackCli.OK;
        } catch (BundleException e) {
            err.println("skyrack export: " + e.getMessage());
            e.details().forEach(d -> err.println("  " + d));
            return SkyrackCli.INVALID_INPUT;
        } catch (IOException e) {
            err.println("skyrack export: cannot write " + out + ": " + e);
            return SkyrackCli.INTERNAL_ERROR;
        }
    }
}
