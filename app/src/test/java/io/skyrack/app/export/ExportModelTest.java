package io.skyrack.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.results.AnalysisRunModel;
import io.skyrack.app.services.ScriptedDialogs;
import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.bundle.BundleVerifier;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportModelTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();
    private static final OrekitContext OREKIT = OrekitContext.bundled();

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> status = new ArrayList<>();

    private ExportModel model() {
        AnalysisRunModel run = new AnalysisRunModel(OREKIT, CATALOG, TaskExecutor.DIRECT);
        run.setPoster(Runnable::run);
        run.planChanged(PlanFiles.parse(SamplePlans.text("sophia-tile-demo"), CATALOG).plan().orElseThrow());
        return new ExportModel(OREKIT, CATALOG, TaskExecutor.DIRECT, dialogs, run, status::add, a -> List.of());
    }

    @Test
    void exportAnalysesFirstAndWritesABundleThatVerifies(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("bundle");
        model().exportBundleTo(dir);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(status.get(status.size() - 1).startsWith("Exported the deployment bundle"), status.toString());
        var report = new BundleVerifier(OREKIT).verify(dir, Optional.empty());
        assertTrue(report.problems().isEmpty(), report.problems().toString());
    }

    @Test
    void aNonEmptyFolderIsReplacedOnlyWhenTheUserAgrees(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("busy");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("keep.txt"), "mine");
        dialogs.confirm = false;
        model().exportBundleTo(dir);
        assertEquals(1, dialogs.confirmations());
        assertTrue(Files.exists(dir.resolve("keep.txt")), "declined: the folder is untouched");
        dialogs.confirm = true;
        model().exportBundleTo(dir);
        assertFalse(Files.exists(dir.resolve("keep.txt")));
        assertTrue(Files.exists(dir.resolve("manifest.json")));
    }

    @Test
    void reportIsWritten(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("r.html");
        model().exportReportTo(file);
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("sophia-tile-demo"));
    }
}
