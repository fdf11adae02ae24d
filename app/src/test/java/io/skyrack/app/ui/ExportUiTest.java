package io.skyrack.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.WorkbenchApp;
import io.skyrack.app.services.ScriptedDialogs;
import io.skyrack.core.bundle.BundleVerifier;
import io.skyrack.core.bundle.VerificationReport;
import io.skyrack.core.orekit.OrekitContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
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

/**
 * File → Export Report and File → Export Deployment Bundle (Ctrl+E) as a user does them, with the file choosers
 * answered in code: both analyse the plan first, write their files, and the bundle verifies.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExportUiTest {

    private static final ScriptedDialogs ANSWERS = new ScriptedDialogs();
    private static Stage stage;
    private static WorkbenchApp app;
    @TempDir
    static Path dir;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = FxTestSupport.startWorkbench(ANSWERS);
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxTestSupport.stopWorkbench(app);
    }

    /** A shown label with this text (menu popups keep detached copies that have no scene). */
    private Node visibleLabel(String text) {
        return robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && text.equals(l.getText().replace("_", "")) && n.getScene() != null && n.isVisible()
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).tryQuery().orElse(null);
    }

    private void click(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
    }

    @Test
    @Order(1)
    void exportReportThroughTheFileMenuWritesTheCapacityReport() throws Exception {
        Path report = dir.resolve("kepler-report.html");
        ANSWERS.save = report;
        for (int attempt = 0; attempt < 4 && visibleLabel("Export Report…") == null; attempt++) {
            robot.interact(() -> stage.toFront());
            click(visibleLabel("File"));
            try {
                WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> visibleLabel("Export Report…") != null);
            } catch (java.util.concurrent.TimeoutException e) {
                robot.type(KeyCode.ESCAPE);
            }
        }
        click(visibleLabel("Export Report…"));
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> Files.exists(report));
        String html = Files.readString(report, StandardCharsets.UTF_8);
        String plan = app.viewModel().planProperty().get().name();
        assertTrue(html.contains(plan), "names the plan");
        assertTrue(html.contains("<svg"), "charts are inline");
        assertTrue(!html.contains("src=\"http"), "self-contained");
        assertEquals(List.of(), ANSWERS.errors);
        assertTrue(app.viewModel().analysis().analysisProperty().get() != null, "it analysed the plan first");
    }

    @Test
    @Order(2)
    void exportBundleWithCtrlEWritesABundleThatVerifies() throws Exception {
        Path bundle = dir.resolve("bundle");
        ANSWERS.folder = bundle;
        robot.interact(() -> stage.toFront());
        click(app.view().globe());
        robot.push(KeyCode.CONTROL, KeyCode.E);
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> app.viewModel().statusProperty().get()
                .startsWith("Exported the deployment bundle") || !ANSWERS.errors.isEmpty());
        assertEquals(List.of(), ANSWERS.errors);
        VerificationReport r = new BundleVerifier(OrekitContext.bundled()).verify(bundle, Optional.empty());
        assertTrue(r.ok(), String.valueOf(r.problems()));
        WaitForAsyncUtils.asyncFx(() -> FxTestSupport.screenshot(stage.getScene(), "workbench-exported")).get();
    }
}
