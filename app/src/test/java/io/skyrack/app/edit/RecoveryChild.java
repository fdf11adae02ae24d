package io.skyrack.app.edit;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.app.services.ScriptedDialogs;
import io.skyrack.app.services.RecentFiles;
import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

/**
 * A workbench session in a child JVM for the crash test: opens a sample, edits it, waits for the autosave and
 * then idles until the test kills it with SIGKILL. Every view-model call runs on one thread, as on the FX thread.
 */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    /**
     * @param args recovery folder, preferences node
     * @throws Exception never expected
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ScheduledExecutorService fx = Executors.newSingleThreadScheduledExecutor();
        ScriptedDialogs dialogs = new ScriptedDialogs();
        dialogs.confirm = false;
        RecoveryStore store = new RecoveryStore(dir, ProcessHandle.current().pid());
        fx.submit(() -> {
            MainViewModel vm = new MainViewModel(OrekitContext.bundled(), GpuCatalog.builtIn(), TaskExecutor.DIRECT,
                    dialogs, new RecentFiles(Preferences.userRoot().node(args[1])));
            vm.enableAutosave(store, (delay, action) -> {
                var f = fx.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> f.cancel(false);
            }, Duration.ofMillis(300));
            vm.loadSample("kepler-edge");
            vm.edit("Rename plan", p -> p.withName("work-before-the-crash"));
        }).get();
        while (!Files.exists(store.planFile())) {
            Thread.sleep(20);
        }
        System.out.println("AUTOSAVED " + store.planFile());
        System.out.flush();
        Thread.sleep(600_000);
    }
}
