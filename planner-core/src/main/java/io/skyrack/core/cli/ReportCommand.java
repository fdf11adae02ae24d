package io.skyrack.core.cli;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.analysis.TerminalProgress;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.report.CapacityReport;
import io.skyrack.core.report.ReportPlacement;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skyrack report PLAN --out report.html}: analyses a plan and writes the capacity report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Analyse a plan, place its workloads and write a self-contained HTML capacity report",
                "(headline capacity, constellation map, power and thermal margins, placement, assumptions).",
                "Exit 0 ok, 2 invalid input, 1 internal error."})
final class ReportCommand extends PlanCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The HTML file to write.")
    Path out;

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @Override
    int run(PrintWriter stdout, PrintWriter err, GpuCatalog catalog, PlanFiles.LoadResult r) {
        if (refuseInvalid(err, r)) {
            return SkyrackCli.INVALID_INPUT;
        }
        if (Files.isDirectory(out)) {
            err.println("skyrack report: --out " + out + " is a folder; name the HTML file to write");
            return SkyrackCli.INVALID_INPUT;
        }
        OrekitContext orekit;
        try {
            orekit = OrekitContext.fromSettings(engine.orekitData);
        } catch (IllegalArgumentException e) {
            err.println("skyrack report: --orekit-data: " + e.getMessage());
            return SkyrackCli.INVALID_INPUT;
        }
        ProgressMonitor progress = engine.quiet ? ProgressMonitor.NONE : new TerminalProgress(System.err);
        Analysis a = new AnalysisPipeline(orekit, catalog).analyze(r.plan().get(), progress);
        String html = CapacityReport.html(a, catalog, ReportPlacement.of(a, catalog, progress),
                new SkyrackCli.Version().getVersion()[0]);
        try {
            PlanFiles.writeAtomically(out, html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("skyrack report: cannot write " + out + ": " + e.getMessage());
            return SkyrackCli.INTERNAL_ERROR;
        }
        stdout.println("Report in " + out.toAbsolutePath());
        return SkyrackCli.OK;
    }
}
