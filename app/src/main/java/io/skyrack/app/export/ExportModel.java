package io.skyrack.app.export;

import io.skyrack.app.results.AnalysisRunModel;
import io.skyrack.app.services.DialogService;
import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.bundle.BundleException;
import io.skyrack.core.bundle.BundleExporter;
import io.skyrack.core.bundle.BundleOptions;
import io.skyrack.core.bundle.ExportResult;
import io.skyrack.core.bundle.PlacementRow;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.report.CapacityReport;
import io.skyrack.core.report.ReportPlacement;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * File → Export (the deployment bundle) and File → Export Report (the capacity report), the same as
 * {@code skyrack export} and {@code skyrack report}: both run on the latest analysis of the open plan, analysing
 * it first when there is none or it is stale, and write in the background.
 */
public final class ExportModel {

    private final OrekitContext orekit;
    private final GpuCatalog catalog;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final AnalysisRunModel run;
    private final Consumer<String> status;
    private final Function<Analysis, List<PlacementRow>> placements;

    /**
     * @param orekit Orekit data
     * @param catalog GPU profiles
     * @param tasks background executor
     * @param dialogs dialogs
     * @param run the analysis run
     * @param status receives one-line results for the status bar
     * @param placements the placement rows of an analysis for the bundle
     */
    public ExportModel(OrekitContext orekit, GpuCatalog catalog, TaskExecutor tasks, DialogService dialogs,
                       AnalysisRunModel run, Consumer<String> status,
                       Function<Analysis, List<PlacementRow>> placements) {
        this.orekit = orekit;
        this.catalog = catalog;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.run = run;
        this.status = status;
        this.placements = placements;
    }

    /** Asks for a folder and exports the deployment bundle into it. */
    public void exportBundle() {
        dialogs.chooseFolder("Export deployment bundle").ifPresent(this::exportBundleTo);
    }

    /**
     * Exports the deployment bundle; a folder that is not empty is replaced only when the user agrees.
     *
     * @param dir the bundle folder
     */
    public void exportBundleTo(Path dir) {
        boolean overwrite = false;
        try {
            BundleExporter.checkTarget(dir, false);
        } catch (BundleException e) {
            if (e.reason() != BundleException.Reason.TARGET_NOT_EMPTY) {
                dialogs.showError("Cannot export", e.getMessage());
                return;
            }
            if (!dialogs.confirm("Replace folder contents", dir + " is not empty. Replace its contents with the "
                    + "bundle?")) {
                return;
            }
            overwrite = true;
        } catch (IOException e) {
            dialogs.showError("Cannot export", dir + ": " + e.getMessage());
            return;
        }
        BundleOptions options = BundleOptions.defaults().withOverwrite(overwrite);
        status.accept("Export: analysing first…");
        run.analyzeThen(a -> {
            status.accept("Exporting the deployment bundle to " + dir + "…");
            tasks.run("Export bundle", () -> new BundleExporter(orekit, catalog).export(a, placements.apply(a), dir,
                    options, ProgressMonitor.NONE), r -> status.accept(describe(r)), e -> {
                        String why = e instanceof BundleException b && !b.details().isEmpty()
                                ? e.getMessage() + "\n" + String.join("\n", b.details()) : e.getMessage();
                        dialogs.showError("Export failed", why + "\nNothing was written to " + dir + ".");
                        status.accept("Export failed");
                    });
        });
    }

    private static String describe(ExportResult r) {
        return String.format(Locale.ROOT, "Exported the deployment bundle to %s: %d files, %.1f MB, in %.1f s",
                r.dir(), r.manifest().files().size(), r.totalBytes() / 1e6, r.seconds());
    }

    /** Asks for a file and writes the capacity report to it. */
    public void exportReport() {
        String name = run.analysisProperty().get() == null ? "report.html"
                : run.analysisProperty().get().plan().name() + "-report.html";
        dialogs.chooseFileToSave("Export capacity report", name).ifPresent(this::exportReportTo);
    }

    /**
     * Writes the capacity report (atomically).
     *
     * @param file the HTML file
     */
    public void exportReportTo(Path file) {
        status.accept("Report: analysing first…");
        run.analyzeThen(a -> tasks.run("Export report", () -> {
            String html = CapacityReport.html(a, catalog, ReportPlacement.of(a, catalog, ProgressMonitor.NONE),
                    "skyrack " + BundleExporter.generatorVersion());
            PlanFiles.writeAtomically(file, html.getBytes(StandardCharsets.UTF_8));
            return file;
        }, f -> status.accept("Wrote the capacity report to " + f), e -> {
            dialogs.showError("Report failed", "Could not write " + file + ":\n" + e.getMessage());
            status.accept("Report failed");
        }));
    }
}
