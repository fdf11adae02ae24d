package io.skyrack.core.cli;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisFiles;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.analysis.StageTiming;
import io.skyrack.core.analysis.TerminalProgress;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skyrack analyze PLAN --out DIR}: runs the engines and writes CSV and JSON results. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Run the analysis pipeline on a plan and write its results to a folder:",
                "summary.json, lighting.csv, beta.csv, contacts.csv, links.csv, power_thermal.csv.",
                "Progress goes to standard error. Exit 0 ok, 2 invalid input, 1 internal error."})
final class AnalyzeCommand extends PlanCommand {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results (created when missing).")
    Path out;

    @Option(names = "--orekit-data", paramLabel = "DIR",
            description = "A full orekit-data folder (EOP, JPL ephemerides) used before the bundled leap-second table.")
    Path orekitData;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;

    @Override
    int run(PrintWriter stdout, PrintWriter err, GpuCatalog catalog, PlanFiles.LoadResult r) {
        if (r.hasErrors() || r.plan().isEmpty()) {
            r.findings().stream().filter(Finding::isError).forEach(err::println);
            err.println("skyrack analyze: " + plan + " is not valid; run 'skyrack validate " + plan + "'");
            return SkyrackCli.INVALID_INPUT;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("skyrack analyze: --out " + out + " is a file, not a folder");
            return SkyrackCli.INVALID_INPUT;
        }
        OrekitContext orekit;
        try {
            orekit = OrekitContext.fromSettings(orekitData);
        } catch (IllegalArgumentException e) {
            err.println("skyrack analyze: --orekit-data: " + e.getMessage());
            return SkyrackCli.INVALID_INPUT;
        }
        if (!quiet) {
            err.println("Analyzing " + r.plan().get().name() + " …");
            err.flush();
        }
        Analysis a = new AnalysisPipeline(orekit, catalog).analyze(r.plan().get(),
                quiet ? io.skyrack.core.progress.ProgressMonitor.NONE : new TerminalProgress(System.err));
        try {
            AnalysisFiles.write(a, out);
        } catch (IOException e) {
            err.println("skyrack analyze: cannot write to " + out + ": " + e.getMessage());
            return SkyrackCli.INTERNAL_ERROR;
        }
        for (Finding f : a.findings()) {
            stdout.println(f);
        }
        double total = a.timings().stream().mapToDouble(StageTiming::seconds).sum();
        stdout.printf(Locale.ROOT, "%s: %d satellites × %d steps, %d eclipses, %d contacts, %d link windows in %.1f s%n",
                a.plan().name(), a.grid().satelliteCount(), a.grid().stepCount(),
                a.lighting().intervals().stream().filter(i -> i.kind().name().equals("UMBRA")).count(),
                a.contacts().passes().size(), a.linkWindows().size(), total);
        stdout.println("Results in " + out.toAbsolutePath());
        return SkyrackCli.OK;
    }
}
