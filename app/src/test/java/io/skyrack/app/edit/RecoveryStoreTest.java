package io.skyrack.app.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.app.services.DialogService;
import io.skyrack.app.services.ScriptedDialogs;
import io.skyrack.app.services.RecentFiles;
import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.gpu.GpuCatalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recovery files: written atomically, found after their process died, restored or discarded. */
class RecoveryStoreTest {

    private final Preferences prefs = Preferences.userRoot().node("io/skyrack/test/recovery" + System.nanoTime());

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    private static ScriptedDialogs answering(boolean answer) {
        ScriptedDialogs d = new ScriptedDialogs();
        d.confirm = answer;
        return d;
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    private MainViewModel viewModel(DialogService dialogs, RecoveryStore store, AutosaveTest.ManualScheduler s) {
        MainViewModel vm = new MainViewModel(OrekitContext.bundled(), GpuCatalog.builtIn(), TaskExecutor.DIRECT,
                dialogs, new RecentFiles(prefs));
        vm.enableAutosave(store, s, Duration.ofSeconds(30));
        return vm;
    }

    @Test
    void ownAndLiveProcessesFilesAreNotOrphansButADeadProcessFileIs(@TempDir Path dir) throws Exception {
        Plan plan = Plan.empty("p", Instant.parse("2026-01-01T00:00:00Z"));
        RecoveryStore mine = new RecoveryStore(dir, ProcessHandle.current().pid());
        mine.write(plan, null, "untitled");
        assertTrue(mine.orphans().isEmpty());
        long dead = deadPid();
        RecoveryStore crashed = new RecoveryStore(dir, dead);
        crashed.write(plan.withName("lost"), dir.resolve("x.skyrack.json"), "x.skyrack.json");
        RecoveryStore next = new RecoveryStore(dir, ProcessHandle.current().pid() + 1_000_000);
        List<RecoveryStore.Recovered> found = new RecoveryStore(dir, ProcessHandle.current().pid()).orphans();
        assertEquals(1, found.size());
        assertEquals(crashed.planFile(), found.get(0).planFile());
        assertEquals("x.skyrack.json", found.get(0).label());
        assertEquals(Optional.of(dir.resolve("x.skyrack.json").toAbsolutePath()), found.get(0).origin());
        assertEquals(1, next.orphans().size(), "another process sees only the files whose owner is dead");
        mine.clear();
        assertFalse(Files.exists(mine.planFile()));
    }

    @Test
    void autosaveWritesTheWorkingCopyAndSavingDeletesIt(@TempDir Path dir) throws Exception {
        RecoveryStore store = new RecoveryStore(dir.resolve("rec"), ProcessHandle.current().pid());
        AutosaveTest.ManualScheduler s = new AutosaveTest.ManualScheduler();
        MainViewModel vm = viewModel(answering(true), store, s);
        vm.loadSample("kepler-edge");
        assertTrue(s.pending.isEmpty(), "a freshly opened plan has nothing to save");
        vm.edit("Rename plan", p -> p.withName("edited"));
        vm.edit("Rename plan again", p -> p.withName("edited twice"));
        assertEquals(1, s.pending.size());
        s.fire();
        assertEquals("edited twice", PlanFiles.load(store.planFile(), GpuCatalog.builtIn()).plan().orElseThrow().name());
        vm.saveTo(dir.resolve("saved.skyrack.json"));
        assertFalse(Files.exists(store.planFile()), "saved: nothing to recover");
        vm.edit("Rename plan", p -> p.withName("after save"));
        vm.undo();
        assertTrue(s.pending.isEmpty(), "undone back to the saved plan: the pending write is cancelled");
    }

    @Test
    void declinedRecoveryIsDeletedAndAcceptedRecoveryOpensAsUnsavedChangesToItsFile(@TempDir Path dir)
            throws Exception {
        Path original = dir.resolve("orig.skyrack.json");
        Plan base = Plan.empty("orig", Instant.parse("2026-01-01T00:00:00Z"));
        PlanFiles.save(original, base);
        RecoveryStore crashed = new RecoveryStore(dir.resolve("rec"), deadPid());
        crashed.write(base.withName("unsaved work"), original, "orig.skyrack.json");

        RecoveryStore store = new RecoveryStore(dir.resolve("rec"), ProcessHandle.current().pid());
        ScriptedDialogs accept = answering(true);
        MainViewModel vm = viewModel(accept, store, new AutosaveTest.ManualScheduler());
        assertTrue(vm.offerRecovery());
        assertTrue(accept.questions.get(0).contains("orig.skyrack.json"), accept.questions.get(0));
        assertEquals("unsaved work", vm.planProperty().get().name());
        assertEquals(original, vm.fileProperty().get());
        assertTrue(vm.dirtyProperty().get());
        assertFalse(Files.exists(crashed.planFile()), "the orphan is adopted: now this process' recovery file");
        assertTrue(Files.exists(store.planFile()));
        vm.undo();
        assertEquals("unsaved work", vm.planProperty().get().name(), "a restore is not an undoable edit");

        RecoveryStore again = new RecoveryStore(dir.resolve("rec2"), deadPid());
        again.write(base, null, "untitled");
        ScriptedDialogs decline = answering(false);
        MainViewModel vm2 = viewModel(decline, new RecoveryStore(dir.resolve("rec2"), ProcessHandle.current().pid()),
                new AutosaveTest.ManualScheduler());
        assertFalse(vm2.offerRecovery());
        assertEquals(1, decline.questions.size());
        assertFalse(Files.exists(again.planFile()));
    }

    /** The real thing: a session in another JVM is killed with SIGKILL after its autosave; the next start restores it. */
    @Test
    void workSurvivesKillDashNine(@TempDir Path dir) throws Exception {
        Path rec = dir.resolve("rec");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                RecoveryChild.class.getName(), rec.toString(), prefs.absolutePath().substring(1) + "/child")
                .redirectErrorStream(true).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("AUTOSAVED"));
            assertTrue(line != null, "the child session wrote its recovery file");
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean-up
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(137, child.exitValue(), "killed by SIGKILL (128 + 9)");

        ScriptedDialogs accept = answering(true);
        MainViewModel vm = viewModel(accept, new RecoveryStore(rec, ProcessHandle.current().pid()),
                new AutosaveTest.ManualScheduler());
        assertTrue(vm.offerRecovery(), String.valueOf(accept.questions));
        assertEquals("work-before-the-crash", vm.planProperty().get().name());
        assertFalse(vm.planProperty().get().constellations().isEmpty());
        assertTrue(vm.dirtyProperty().get());
        assertTrue(vm.titleProperty().get().startsWith("• work-before-the-crash"), vm.titleProperty().get());
    }
}
