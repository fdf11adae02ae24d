package io.skyrack.app.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.services.ScriptedDialogs;
import io.skyrack.app.services.RecentFiles;
import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main view model, driven without a window through a synchronous executor and scripted dialogs. */
class MainViewModelTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences prefs;
    private MainViewModel vm;

    @BeforeEach
    void setUp() {
        prefs = Preferences.userRoot().node("io/skyrack/test/" + System.nanoTime());
        vm = new MainViewModel(OrekitContext.bundled(), GpuCatalog.builtIn(), TaskExecutor.DIRECT, dialogs,
                new RecentFiles(prefs));
    }

    @AfterEach
    void tearDown() throws Exception {
        prefs.removeNode();
    }

    @Test
    void sampleOpensWithOutlineAndGlobeGeometry() {
        vm.loadSample("kepler-edge");
        assertEquals("kepler-edge", vm.planProperty().get().name());
        assertEquals("kepler-edge — sample kepler-edge — Skyrack", vm.titleProperty().get());
        assertNotNull(vm.geometryProperty().get());
        assertEquals(10, vm.geometryProperty().get().constellations().get(0).names().size());
        assertEquals("10 satellites · 20 TILEs · 40 GPUs · 9,167 TOPS", vm.summaryProperty().get());
        assertNull(vm.fileProperty().get());
    }

    @Test
    void saveAsThenReopenGivesTheSamePlanAndARecentFile(@TempDir Path dir) {
        vm.loadSample("sophia-tile-demo");
        Plan before = vm.planProperty().get();
        dialogs.save = dir.resolve("demo.skyrack.json");
        vm.save();
        assertTrue(Files.exists(dialogs.save));
        assertEquals(dialogs.save, vm.fileProperty().get());
        assertEquals(List.of(dialogs.save.toAbsolutePath().normalize()), vm.recentFiles());
        vm.loadSample("walker-1584");
        vm.openFile(dialogs.save);
        assertEquals(before, vm.planProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void unreadableFileKeepsTheCurrentPlanAndExplains(@TempDir Path dir) throws Exception {
        vm.loadSample("kepler-edge");
        Path bad = dir.resolve("bad.skyrack.json");
        Files.writeString(bad, "{ \"schemaVersion\": 1, ");
        vm.openFile(bad);
        assertEquals("kepler-edge", vm.planProperty().get().name());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("JSON syntax error"), dialogs.errors.get(0));
    }

    @Test
    void planWithValidationErrorsOpensWithFindingsButNoGeometry(@TempDir Path dir) throws Exception {
        vm.loadSample("kepler-edge");
        Path file = dir.resolve("p.skyrack.json");
        PlanFiles.save(file, vm.planProperty().get());
        Files.writeString(file, Files.readString(file).replace("\"jetson-agx-orin-64gb\"", "\"jetson-tx2\""));
        vm.openFile(file);
        assertFalse(vm.findings().isEmpty());
        assertEquals("/tiles/0/gpus/0/profile", vm.findings().get(0).path());
        assertNull(vm.geometryProperty().get());
    }

    @Test
    void newPlanIsCleanUntilEditedThenAsksBeforeBeingDiscarded() {
        vm.newPlan();
        assertFalse(vm.dirtyProperty().get());
        assertTrue(vm.edit("Rename plan to demo", p -> p.withName("demo")));
        assertTrue(vm.dirtyProperty().get());
        assertTrue(vm.titleProperty().get().startsWith("• demo"), vm.titleProperty().get());
        dialogs.confirm = false;
        vm.openSample("walker-1584");
        assertEquals(1, dialogs.confirmations());
        assertEquals("demo", vm.planProperty().get().name());
    }

    @Test
    void editsUndoAndRedoByNameAndUndoingBackToTheSavedPlanIsClean() {
        vm.loadSample("kepler-edge");
        Plan opened = vm.planProperty().get();
        assertEquals("", vm.undoNameProperty().get());
        assertFalse(vm.edit("Nothing", p -> p), "an edit that changes nothing is not recorded");
        vm.edit("Rename plan", p -> p.withName("a"));
        vm.edit("Remove ground stations", p -> p.withGroundStations(List.of()));
        assertEquals("Remove ground stations", vm.undoNameProperty().get());
        assertTrue(vm.dirtyProperty().get());
        vm.undo();
        assertEquals("a", vm.planProperty().get().name());
        assertEquals(opened.groundStations(), vm.planProperty().get().groundStations());
        assertEquals("Rename plan", vm.undoNameProperty().get());
        assertEquals("Remove ground stations", vm.redoNameProperty().get());
        vm.undo();
        assertEquals(opened, vm.planProperty().get());
        assertFalse(vm.dirtyProperty().get(), "back at the opened plan");
        assertEquals("kepler-edge — sample kepler-edge — Skyrack", vm.titleProperty().get());
        vm.redo();
        vm.redo();
        assertTrue(vm.planProperty().get().groundStations().isEmpty());
        assertEquals("", vm.redoNameProperty().get());
    }

    @Test
    void typingIntoOneFieldIsOneUndoStepUntilSealed() {
        vm.loadSample("kepler-edge");
        Plan opened = vm.planProperty().get();
        for (String n : List.of("k", "ke", "kep")) {
            vm.edit("Rename plan", p -> p.withName(n), "/name");
        }
        assertEquals(1, vm.history().undoCount());
        vm.sealEdits();
        vm.edit("Rename plan", p -> p.withName("kepX"), "/name");
        assertEquals(2, vm.history().undoCount());
        vm.undo();
        vm.undo();
        assertEquals(opened, vm.planProperty().get());
    }

    @Test
    void anEditThatTheModelRejectsLeavesThePlanAndSaysWhy() {
        vm.loadSample("kepler-edge");
        Plan opened = vm.planProperty().get();
        assertFalse(vm.edit("Rename plan", p -> p.withName(null)));
        assertEquals(opened, vm.planProperty().get());
        assertTrue(vm.statusProperty().get().startsWith("Rename plan: "), vm.statusProperty().get());
    }

    @Test
    void editedPlanIsValidatedAndSelectionKeptByPointer() {
        vm.loadSample("kepler-edge");
        assertTrue(vm.selectPointer("/groundStations/0"));
        vm.edit("Rename plan", p -> p.withName("b"));
        assertEquals("/groundStations/0", vm.selectionProperty().get().pointer());
        vm.edit("Remove TILE types", p -> p.withTiles(List.of()));
        assertTrue(vm.findings().stream().anyMatch(f -> f.isError()), "constellations now name missing TILEs");
        assertNull(vm.geometryProperty().get());
        vm.undo();
        assertTrue(vm.findings().stream().noneMatch(f -> f.isError()));
        assertNotNull(vm.geometryProperty().get());
    }
}
