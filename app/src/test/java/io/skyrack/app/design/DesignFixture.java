package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.app.services.RecentFiles;
import io.skyrack.app.services.ScriptedDialogs;
import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.Plan;
import io.skyrack.gpu.GpuCatalog;
import java.util.prefs.Preferences;

/** A main view model on a new empty plan, with a synchronous executor and scripted dialogs. */
final class DesignFixture implements AutoCloseable {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    final ScriptedDialogs dialogs = new ScriptedDialogs();
    final Preferences prefs = Preferences.userRoot().node("io/skyrack/test/design-" + System.nanoTime());
    final MainViewModel main = new MainViewModel(OREKIT, CATALOG, TaskExecutor.DIRECT, dialogs, new RecentFiles(prefs));

    DesignFixture() {
        main.newPlan();
    }

    Plan plan() {
        return main.planProperty().get();
    }

    @Override
    public void close() throws Exception {
        prefs.removeNode();
    }
}
