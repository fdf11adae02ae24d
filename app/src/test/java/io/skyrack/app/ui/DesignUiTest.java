package io.skyrack.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.WorkbenchApp;
import io.skyrack.app.main.MainViewModel;
import io.skyrack.core.design.GroundStationCatalog;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileArray.TileSlot;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.Workload;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Designs a plan from nothing through the design tabs — a Walker constellation typed into its form, TILEs laid
 * out on the grid, the link rule and a manual link picked in the outline, a real ground station, a workload
 * edited in its table — analyses it, saves it, compares the file with the same plan built in code, and undoes
 * every step back to the empty plan.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DesignUiTest {

    private static Stage stage;
    private static WorkbenchApp app;
    private static Plan empty;
    private static Path saved;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = FxTestSupport.startWorkbench(null);
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxTestSupport.stopWorkbench(app);
        if (saved != null) {
            Files.deleteIfExists(saved);
        }
    }

    private static MainViewModel vm() {
        return app.viewModel();
    }

    private static Plan plan() {
        return vm().planProperty().get();
    }

    private Node node(String id) {
        Node n = FxTestSupport.find(app.view(), id);
        assertNotNull(n, "no #" + id);
        return n;
    }

    /** Clicks the centre of a node on screen, scrolled into view first. */
    private void click(Node n) {
        robot.interact(() -> reveal(n));
        javafx.geometry.Bounds b = n.localToScreen(n.getBoundsInLocal());
        robot.clickOn(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the scroll panes holding a node so that it shows. */
    private static void reveal(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                javafx.geometry.Bounds view = sp.getViewportBounds();
                double extraW = sp.getContent().getLayoutBounds().getWidth() - view.getWidth();
                double extraH = sp.getContent().getLayoutBounds().getHeight() - view.getHeight();
                if (extraW > 0) {
                    sp.setHvalue(Math.max(0, Math.min(1, (b.getMaxX() - view.getWidth() + 8) / extraW)));
                }
                if (extraH > 0) {
                    sp.setVvalue(Math.max(0, Math.min(1, (b.getMaxY() - view.getHeight() + 8) / extraH)));
                }
                sp.layout();
            }
        }
    }

    private void click(String id) {
        click(node(id));
    }

    /** A showing, visible labelled control with exactly this text (in the window or a popup). */
    private Node shown(Class<? extends Labeled> type, String text) {
        return robot.lookup(n -> type.isInstance(n) && ((Labeled) n).getText() != null
                && text.equals(((Labeled) n).getText().replace("_", "")) && n.isVisible()
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .tryQuery().orElseThrow(() -> new AssertionError("nothing shows '" + text + "'; " + type.getSimpleName()
                        + "s show " + robot.lookup(n -> type.isInstance(n) && n.isVisible()).queryAll().stream()
                        .map(n -> ((Labeled) n).getText()).toList()));
    }

    private void tab(String title) {
        click(robot.lookup(".tab-label").match(n -> title.equals(((Label) n).getText())).query());
    }

    /** Replaces a text field's content by typing, then leaves the field. */
    private void type(String id, String text) {
        click(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void choose(String comboId, String item) {
        click(comboId);
        click(shown(javafx.scene.control.ListCell.class, item));
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        FxTestSupport.screenshotFx(stage.getScene(), name);
    }

    @Test
    @Order(1)
    void newPlanThenAWalkerConstellationTypedIntoItsForm() throws Exception {
        tab("Constellations");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> plan() != null && plan().name().equals("untitled")
                && plan().constellations().isEmpty());
        empty = plan();
        assertEquals("", vm().undoNameProperty().get());

        click("add-walker");
        assertEquals("Add Walker constellation shell-1", vm().undoNameProperty().get());
        Plan before = plan();
        type("walker-altitude", "6x0");
        Label error = (Label) node("walker-altitude-error");
        assertTrue(error.isVisible(), "the error shows at the field");
        assertEquals("'6x0' is not a number", error.getText());
        assertEquals(before, plan(), "an invalid field leaves the plan as it was");
        shot("design-constellation-invalid");
        type("walker-altitude", "600");
        assertFalse(error.isVisible());
        type("walker-name", "Shell A");
        type("walker-inclination", "60");
        type("walker-planes", "2");
        type("walker-perPlane", "3");
        type("walker-raan", "10");
        click("constellation-list");
        assertEquals("Set RAAN of first plane of shell-1", vm().undoNameProperty().get());
        WalkerConstellationSpec w = (WalkerConstellationSpec) plan().constellations().get(0);
        assertEquals(600_000.0, w.altitude(), 1e-9);
        assertEquals(6, w.satelliteCount());
        // the globe follows every edit: its geometry is recomputed in the background
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> vm().geometryProperty().get() != null
                && vm().geometryProperty().get().orbits().size() == 6);
        shot("design-constellations");
    }

    @Test
    @Order(2)
    void tilesLaidOutOnTheGrid() throws Exception {
        tab("TILE layout");
        click("add-tile-type");
        choose("gpu-profile", "jetson-agx-orin-64gb");
        choose("power-mode", "30W");
        assertEquals(new TileSpec.GpuSlot("jetson-agx-orin-64gb", 1, "30W"), plan().tiles().get(0).gpus().get(0));
        click("tile-cell-0-0");
        click("tile-cell-0-1");
        click("tile-cell-1-0");
        click("tile-cell-1-2");
        assertEquals("Add TILE at r2c3", vm().undoNameProperty().get());
        click("tile-cell-0-1");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Remove TILE at r1c2", vm().undoNameProperty().get());
        assertEquals(3, plan().constellations().get(0).template().tileArray().slots().size());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Label) node("figure-3")).getText().startsWith("3 ("));
        shot("design-tiles");
    }

    @Test
    @Order(3)
    void linkRuleAndAManualLinkPickedInTheOutline() throws Exception {
        tab("Crosslinks");
        choose("crosslink-rule", "Nearest k");
        type("crosslinks-nearestK", "2");
        click("link-mode");
        TreeCell<?> constellation = (TreeCell<?>) robot.lookup(".tree-cell").match(n -> ((TreeCell<?>) n).getText() != null
                && ((TreeCell<?>) n).getText().startsWith("shell-1 —")).query();
        // open the constellation in the outline (collapsed after every edit), then pick as a user does
        robot.interact(() -> ((TreeCell<?>) constellation).getTreeItem().setExpanded(true));
        WaitForAsyncUtils.waitForFxEvents();
        click(shown(TreeCell.class, "shell-1-P01-S01"));
        click(shown(TreeCell.class, "shell-1-P02-S01"));
        assertEquals("Add manual link shell-1-P01-S01~shell-1-P02-S01", vm().undoNameProperty().get());
        Label check = (Label) node("link-check");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> check.getText().startsWith("shell-1-P01-S01~shell-1-P02-S01: "));
        click("link-mode");
        shot("design-crosslinks");
    }

    @Test
    @Order(4)
    void aStationFromTheBuiltInList() throws Exception {
        tab("Stations");
        choose("builtin-stations", "SvalSat — KSAT");
        click("add-builtin-station");
        assertEquals("Add station SvalSat", vm().undoNameProperty().get());
        // the form marks an out-of-range latitude at the field
        type("station-latitude", "95");
        assertTrue(node("station-latitude-error").isVisible());
        assertTrue(node("add-station").isDisabled());
        type("station-latitude", "");
        shot("design-stations");
    }

    @Test
    @Order(5)
    void aWorkloadEditedInItsTable() throws Exception {
        tab("Workloads");
        click("add-workload");
        editCell("workload-name", "llm-7b");
        editCell("workload-replicas", "2");
        assertEquals("Set replicas of llm-7b", vm().undoNameProperty().get());
        editCell("workload-compute", "-5");
        assertTrue(((Label) node("workload-message")).getText().startsWith("Compute (TOPS) of row 1:"),
                ((Label) node("workload-message")).getText());
        assertEquals(20e12, plan().workloads().get(0).compute(), 1e-3);
        shot("design-workloads");
    }

    private void editCell(String columnId, String text) {
        TableCell<?, ?> cell = (TableCell<?, ?>) robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()) && c.getIndex() == 0
                && !c.isEmpty()).query();
        robot.doubleClickOn(cell);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(6)
    void analysedSavedAndEqualToThePlanBuiltInCode() throws Exception {
        click("design-tabs");
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !vm().analysis().runningProperty().get()
                && vm().analysis().messageProperty().get().startsWith("Analysed untitled"));
        assertTrue(vm().analysis().messageProperty().get().startsWith("Analysed untitled"),
                vm().analysis().messageProperty().get());
        shot("design-results");

        saved = Files.createTempFile("skyrack-design", PlanFiles.SUFFIX);
        robot.interact(() -> vm().saveTo(saved));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm().dirtyProperty().get());
        Plan reopened = PlanFiles.load(saved, GpuCatalog.builtIn()).plan().orElseThrow();
        Plan expected = expected(empty);
        assertEquals(expected, plan());
        assertEquals(expected, reopened);
    }

    /** The plan the steps above make, written out value by value. */
    private static Plan expected(Plan empty) {
        TileSpec tile = new TileSpec("tile-1", "TILE tile-1", 1.0, 1.0, 9.0,
                new TileSpec.SolarCells(0.30, -0.0022, 0.03, 0.9),
                new TileSpec.FaceOptics(0.88, 0.80), new TileSpec.FaceOptics(0.12, 0.90),
                new TileSpec.HeatCapacities(2700, 5400, 3600), new TileSpec.Conductances(8.0, 30.0),
                List.of(new TileSpec.GpuSlot("jetson-agx-orin-64gb", 1, "30W")), 4.0, 0.97, 0.95);
        SatelliteTemplate template = new SatelliteTemplate("Smallsat bus", 45.0, new TileArray(2, 3, List.of(
                new TileSlot(0, 0, "tile-1"), new TileSlot(1, 0, "tile-1"), new TileSlot(1, 2, "tile-1"))),
                SatelliteTemplate.AttitudeMode.SUN_TRACKING,
                new OpticalTerminalSpec(4, 5_000_000.0, new OpticalTerminalSpec.FixedRate(2.5e9)),
                Optional.of(new SatelliteTemplate.Battery(300 * 3600.0, 0.4, 0.95, 0.95)));
        WalkerConstellationSpec walker = new WalkerConstellationSpec("shell-1", "Shell A",
                WalkerConstellationSpec.WalkerPattern.DELTA, 2, 3, 1, 600_000.0, Math.toRadians(60),
                Math.toRadians(10), template);
        CrosslinkPolicy links = new CrosslinkPolicy(CrosslinkPolicy.TopologyRule.NEAREST_K, 2, 5_000_000.0, 100_000.0,
                1e-3, List.of(new CrosslinkPolicy.LinkPair("shell-1-P01-S01", "shell-1-P02-S01")));
        Workload llm = new Workload("llm-7b", "model", "registry.example/workload-1:1", 8L * 1024 * 1024 * 1024,
                20e12, 2, 0.1, Workload.DataSource.ground(), 10e6, 1, Optional.empty(), List.of());
        return empty.withTiles(List.of(tile)).withConstellations(List.of(walker)).withCrosslinks(links)
                .withGroundStations(List.of(GroundStationCatalog.builtIn().find("SvalSat").orElseThrow()
                        .toGroundStation()))
                .withWorkloads(List.of(llm));
    }

    @Test
    @Order(7)
    void undoingEveryStepGivesTheEmptyPlanBack() {
        tab("Constellations");
        click("constellation-list");
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) node("menubar");
        javafx.scene.control.MenuItem undo = bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId()))
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-undo".equals(i.getId())).findFirst()
                .orElseThrow();
        int steps = 0;
        // Edit → Undo, fired as the menu does: a real Ctrl+Z auto-repeats under Xvfb while the FX thread is busy
        // re-validating the plan, which would undo more than one step per press
        while (!vm().undoNameProperty().get().isEmpty() && steps < 40) {
            String name = vm().undoNameProperty().get();
            assertEquals("_Undo " + name, undo.getText());
            assertFalse(undo.isDisable());
            robot.interact(undo::fire);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(name.equals(vm().undoNameProperty().get()) && vm().redoNameProperty().get().isEmpty(),
                    "undo of " + name + " did nothing");
            steps++;
        }
        assertEquals(empty, plan());
        // one step each (the refused values made none): constellation, altitude, name, inclination, planes,
        // satellites per plane, RAAN (7); TILE type, GPU profile, power mode, four TILEs added, one removed (8);
        // rule, k, link (3); station (1); workload, its name, its replicas (3)
        assertEquals(22, steps);
        assertEquals("Add Walker constellation shell-1",
                vm().redoNameProperty().get());
    }
}
