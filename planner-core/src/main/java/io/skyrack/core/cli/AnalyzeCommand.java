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

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @Option(names = "--fail", paramLabel = "ELEMENT",
            description = {"Failure analysis (repeatable): take out satellite:NAME, tile:NAME/r1c2, gpu:NAME/r1c2/g0 "
                    + "or link:A~B, re-place incrementally and write failure.json (capacity lost, replicas moved)."})
    java.util.List<String> fail = new java.util.ArrayList<>();

    @Override
    int run(PrintWriter stdout, PrintWriter err, GpuCatalog catalog, PlanFiles.LoadResult r) {
        if (refuseInvalid(err, r)) {
            return SkyrackCli.INVALID_INPUT;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("skyrack analyze: --out " + out + " is a file, not a folder");
            return SkyrackCli.INVALID_INPUT;
        }
        OrekitContext orekit;
        try {
            orekit = OrekitContext.fromSettings(engine.orekitData);
        } catch (IllegalArgumentException e) {
            err.println("skyrack analyze: --orekit-data: " + e.getMessage());
            return SkyrackCli.INVALID_INPUT;
        }
        if (!engine.quiet) {
            err.println("Analyzing " + r.plan().get().name() + " …");
            err.flush();
        }
        Analysis a = new AnalysisPipeline(orekit, catalog).analyze(r.plan().get(),
                engine.quiet ? io.skyrack.core.progress.ProgressMonitor.NONE : new TerminalProgress(System.err));
        java.util.List<io.skyrack.core.placement.Failure> failures = new java.util.ArrayList<>();
        for (String spec : fail) {
            try {
                failures.add(io.skyrack.core.analysis.FailureStudy.parse(spec, a));
            } catch (IllegalArgumentException e) {
                err.println("skyrack analyze: --fail " + e.getMessage());
                return SkyrackCli.INVALID_INPUT;
            }
        }
        try {
            AnalysisFiles.write(a, out);
            if (!failures.isEmpty()) {
                var reports = io.skyrack.core.analysis.FailureStudy.run(a, failures);
                PlanFiles.writeAtomically(out.resolve("failure.json"), io.skyrack.core.analysis.FailureStudy
                        .json(fail, reports).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                for (int i = 0; i < reports.size(); i++) {
                    var fr = reports.get(i);
                    stdout.printf(Locale.ROOT, "--fail %s: %d GPU(s) and %d link(s) lost, %d replica(s) kept, "
                                    + "%d moved or lost, %d placed after%n", fail.get(i), fr.lost().gpus(),
                            fr.lost().links().size(), fr.kept(), fr.moved().size(), fr.result().assignments().size());
                }
            }
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
