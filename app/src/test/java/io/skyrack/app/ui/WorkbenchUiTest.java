package io.skyrack.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.WorkbenchApp;
import io.skyrack.app.globe.GlobeView;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the workbench, checks the default plan in the 3D scene, opens another sample through the menu. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchUiTest {

    private static Stage stage;
    private static WorkbenchApp app;
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
    }

    /** A shown label with this text (menu popups keep detached copies that have no scene). */
    private Node visibleLabel(String text) {
        return robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null && text.equals(l.getText().replace("_", ""))
                && n.getScene() != null && n.isVisible() && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).tryQuery().orElse(null);
    }

    /** Mean brightness (0–1) of a 9 × 9 pixel patch. */
    private static double brightness(javafx.scene.image.Image img, double x, double y) {
        double sum = 0;
        for (int i = -4; i <= 4; i++) {
            for (int j = -4; j <= 4; j++) {
                sum += img.getPixelReader().getColor((int) x + i, (int) y + j).getBrightness();
            }
        }
        return sum / 81;
    }

    /** Clicks the centre of a node on screen (TestFX's own locator trips over nodes in menu popups). */
    private void click(Node node) {
        javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
        robot.clickOn(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
    }

    private Node lookupDeep(String id) {
        return FxTestSupport.find(app.view(), id);
    }

    @Test
    @Order(1)
    void defaultPlanIsOpenWithItsSatellitesInThe3dScene() throws Exception {
        assertEquals("kepler-edge", app.viewModel().planProperty().get().name());
        assertTrue(stage.getTitle().startsWith("kepler-edge"), stage.getTitle());
        GlobeView globe = app.view().globe();
        if (!globe.isSupported3D()) {
            // Monocle's headless platform has no 3D pipeline: the view must say so plainly
            Label l = (Label) lookupDeep("globe-unavailable");
            assertTrue(l.getText().startsWith("3D view unavailable"), l.getText());
            return;
        }
        javafx.scene.SubScene sub = (javafx.scene.SubScene) lookupDeep("globe-subscene");
        Node sats = FxTestSupport.find(sub.getRoot(), "globe-satellites-kepler");
        assertTrue(sats != null, "no satellite mesh for the kepler constellation in the scene graph");
        assertEquals(10, ((List<?>) sats.getUserData()).size());
        assertTrue(FxTestSupport.find(sub.getRoot(), "globe-earth") != null);
        assertTrue(FxTestSupport.find(sub.getRoot(), "globe-rings-kepler") != null);
        // the small first texture gives way to the full one once it has decoded in the background
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, globe::isShowingFullTexture);
        WaitForAsyncUtils.waitForFxEvents();
        // at 00:00 UTC on 2026-03-20 the Sun is at right ascension ~0, which the default camera shows to the
        // right: the right half of the globe must be the sunlit one
        javafx.scene.image.Image img = WaitForAsyncUtils.asyncFx(() -> sub.snapshot(null, null)).get();
        double cx = img.getWidth() / 2;
        double cy = img.getHeight() / 2;
        double dx = 0.3 * img.getHeight() / 2;
        double right = brightness(img, cx + dx, cy);
        double left = brightness(img, cx - dx, cy);
        assertTrue(right > left * 1.5, "sunlit side " + right + " vs night side " + left);
        Path shot = WaitForAsyncUtils.asyncFx(() -> FxTestSupport.screenshot(stage.getScene(), "workbench-kepler-edge")).get();
        assertTrue(Files.size(shot) > 10_000);
    }

    @Test
    @Order(2)
    void anotherSampleOpensThroughTheMenu() throws Exception {
        // the first click after another test class's window may only focus the window: retry a few times
        for (int attempt = 0; attempt < 4 && visibleLabel("Open Sample") == null; attempt++) {
            robot.interact(() -> stage.toFront());
            click(visibleLabel("File"));
            try {
                WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> visibleLabel("Open Sample") != null);
            } catch (java.util.concurrent.TimeoutException e) {
                robot.type(javafx.scene.input.KeyCode.ESCAPE);
            }
        }
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleLabel("Open Sample") != null);
        javafx.geometry.Bounds b = visibleLabel("Open Sample").localToScreen(visibleLabel("Open Sample").getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleLabel("walker-1584") != null);
        // enter the submenu sideways first, so the pointer never crosses the items below "Open Sample"
        javafx.geometry.Bounds item = visibleLabel("walker-1584").localToScreen(visibleLabel("walker-1584").getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(item.getMinX() + 10, b.getCenterY()));
        click(visibleLabel("walker-1584"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.viewModel().planProperty().get() != null
                && app.viewModel().planProperty().get().name().equals("walker-1584")
                && app.viewModel().geometryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith("walker-1584"), stage.getTitle());
        if (app.view().globe().isSupported3D()) {
            javafx.scene.SubScene sub = (javafx.scene.SubScene) lookupDeep("globe-subscene");
            Node sats = FxTestSupport.find(sub.getRoot(), "globe-satellites-shell");
            assertEquals(1584, ((List<?>) sats.getUserData()).size());
            assertTrue(FxTestSupport.find(sub.getRoot(), "globe-satellites-kepler") == null, "previous plan still shown");
        }
        WaitForAsyncUtils.asyncFx(() -> FxTestSupport.screenshot(stage.getScene(), "workbench-walker-1584")).get();
    }

    @Test
    @Order(3)
    void selectingASatelliteFillsTheInspector() throws Exception {
        Node shell = visibleLabel("shell — Walker delta, 1584 satellites");
        javafx.geometry.Bounds sb = shell.localToScreen(shell.getBoundsInLocal());
        // on a loaded machine a double click can arrive as two single clicks: try again until the shell expands
        for (int attempt = 0; attempt < 3 && visibleLabel("shell-P01-S03") == null; attempt++) {
            robot.doubleClickOn(new javafx.geometry.Point2D(sb.getCenterX(), sb.getCenterY()));
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleLabel("shell-P01-S03") != null);
            } catch (java.util.concurrent.TimeoutException e) {
                // retried below
            }
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> visibleLabel("shell-P01-S03") != null);
        click(visibleLabel("shell-P01-S03"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("shell-P01-S03", app.viewModel().selectionProperty().get().label());
        assertTrue(robot.lookup("Semi-major axis (km)").tryQuery().isPresent(), "inspector shows the orbit");
        WaitForAsyncUtils.asyncFx(() -> FxTestSupport.screenshot(stage.getScene(), "workbench-inspector")).get();
    }

    @Test
    @Order(4)
    void savedPlanReadsBackEqual(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("walker.skyrack.json");
        robot.interact(() -> app.viewModel().saveTo(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file)
                && file.equals(app.viewModel().fileProperty().get()));
        assertEquals(app.viewModel().planProperty().get(),
                PlanFiles.load(file, GpuCatalog.builtIn()).plan().orElseThrow());
    }
}
