package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.app.services.DialogService;
import io.skyrack.app.services.RecentFiles;
import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.Plan;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;

/** A main view model on a new empty plan, with a synchronous executor and scripted dialogs. */
final class DesignFixture implements AutoCloseable {

    /** Dialogs answered by the test. */
    static final class ScriptedDialogs implements DialogService {
        Path open;
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<Path> chooseFileToOpen(String title) {
            return Optional.ofNullable(open);
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }
    }

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
