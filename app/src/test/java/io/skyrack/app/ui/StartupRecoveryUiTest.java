package io.skyrack.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.WorkbenchApp;
import io.skyrack.app.edit.RecoveryStore;
import io.skyrack.app.services.ScriptedDialogs;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Start-up with work left by a session that did not close: the recovered plan is offered before the default plan
 * goes into the window, and restoring it shows it in place of the default (the window's other path: without
 * recovery files the default plan is put in the first layout, which every other UI test starts on).
 */
class StartupRecoveryUiTest {

    private WorkbenchApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxTestSupport.stopWorkbench(app);
        }
    }

    @Test
    void workLeftByACrashedSessionIsOfferedFirstAndRestored() throws Exception {
        GpuCatalog catalog = GpuCatalog.builtIn();
        Plan left = PlanFiles.parse(SamplePlans.text("sophia-tile-demo"), catalog).plan().orElseThrow();
        assertTrue(!left.name().equals(PlanFiles.parse(SamplePlans.text(SamplePlans.DEFAULT), catalog).plan()
                .orElseThrow().name()), "the recovered plan differs from the default");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.confirm = true;
        Path[] dir = new Path[1];
        app = FxTestSupport.startWorkbench(dialogs, d -> {
            dir[0] = d;
            new RecoveryStore(d, deadPid()).write(left, null, "sophia-tile-demo");
        });

        assertEquals(1, dialogs.confirmations(), dialogs.questions.toString());
        assertTrue(dialogs.questions.get(0).contains("sophia-tile-demo"), dialogs.questions.get(0));
        assertEquals(left, app.viewModel().planProperty().get());
        // the restored copy is this session's unsaved work now: the crashed session's file is gone
        try (var files = Files.list(dir[0])) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(Long.toString(crashedPid))),
                    "the crashed session's recovery file was deleted");
        }
    }

    private long crashedPid;

    private long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        crashedPid = p.pid();
        return crashedPid;
    }
}
