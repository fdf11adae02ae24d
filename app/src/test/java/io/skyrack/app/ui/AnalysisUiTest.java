package io.skyrack.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.WorkbenchApp;
import io.skyrack.app.results.ResultsView;
import io.skyrack.core.validation.Finding;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ListView;
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

/** Analyses a sample in the workbench: progress, responsiveness, capacity, charts, tables, findings. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalysisUiTest {

    private static Stage stage;
    private static WorkbenchApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        app = FxTestSupport.startWorkbench(null);
        stage = FxToolkit.registerPrimaryStage();
        new FxRobot().interact(() -> app.viewModel().loadSample("sophia-tile-demo"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.viewModel().planProperty().get() != null
                && app.viewModel().planProperty().get().name().equals("sophia-tile-demo"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        FxTestSupport.stopWorkbench(app);
    }

    @Test
    @Order(1)
    void f5AnalysesOffTheFxThreadAndFillsTheResults() throws Exception {
        // The FX thread's responsiveness. A sampler looks at the FX thread every 5 ms and measures the longest run
        // of samples in which it is busy with work (our handlers, layout, CSS) rather than idle in its event loop
        // or waiting for the renderer: under Xvfb the renderer is Mesa's llvmpipe, software rendering that
        // shares the two cores with the engines, so frame times there say little about the UI code.
        Thread fx = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().contains("FX Application")).findFirst().orElseThrow();
        AtomicLong worst = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            long busySince = -1;
            while (probing.get()) {
                StackTraceElement[] st = fx.getStackTrace();
                long now = System.nanoTime();
                // only while the engines run: what follows (laying out the results) is the user's own request
                boolean waiting = st.length == 0 || isIdle(st) || !app.viewModel().analysis().runningProperty().get();
                if (waiting) {
                    busySince = -1;
                } else if (busySince < 0) {
                    busySince = now;
                } else if (now - busySince > worst.get()) {
                    worst.set(now - busySince);
                    if (now - busySince > 40_000_000) {
                        System.out.println("FX busy " + (now - busySince) / 1_000_000 + " ms, running "
                                + app.viewModel().analysis().runningProperty().get() + ", in "
                                + java.util.Arrays.stream(st).limit(12).map(Object::toString)
                                .collect(java.util.stream.Collectors.joining(" < ")));
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-probe");
        probe.setDaemon(true);
        probe.start();
        robot.clickOn(stage.getScene().getRoot());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> app.viewModel().analysis().analysisProperty().get() != null
                && !app.viewModel().analysis().runningProperty().get());
        probing.set(false);
        probe.join();
        long stallMs = worst.get() / 1_000_000;
        System.out.println("FX thread longest busy stretch while the engines ran: " + stallMs + " ms");
        assertTrue(stallMs < 100, "the FX thread stalled for " + stallMs + " ms during the analysis");
        WaitForAsyncUtils.waitForFxEvents();
        ResultsView results = (ResultsView) FxTestSupport.find(app.view(), "results");
        assertNotNull(results);
        assertTrue(app.viewModel().analysis().messageProperty().get().startsWith("Analysed sophia-tile-demo"),
                app.viewModel().analysis().messageProperty().get());
        Parent capacity = (Parent) FxTestSupport.find(results, "results-capacity");
        assertEquals(12, capacity.getChildrenUnmodifiable().size());
        robot.interact(() -> results.tabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        LineChart<?, ?> power = (LineChart<?, ?>) FxTestSupport.find(results, "results-power-chart");
        assertEquals(2, power.getData().size());
        assertTrue(power.getData().get(0).getData().size() > 200, "a point per 20 s of the orbit");
        assertTrue(((String) power.getTitle()).endsWith("sophia-1"), power.getTitle());
        FxTestSupport.screenshotFx(stage.getScene(), "analysis-power");
        robot.interact(() -> results.tabs().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        FxTestSupport.screenshotFx(stage.getScene(), "analysis-capacity");
    }

    /** The FX thread is idle in the glass event loop, or waits for the renderer to finish a frame. */
    private static boolean isIdle(StackTraceElement[] st) {
        String top = st[0].getClassName() + "." + st[0].getMethodName();
        if (top.endsWith("GtkApplication._runLoop") || java.util.Arrays.stream(st).limit(8).anyMatch(e ->
                e.getMethodName().equals("waitForRenderingToComplete")
                        || e.getMethodName().equals("waitForSynchronization"))) {
            return true;
        }
        return java.util.Arrays.stream(st).limit(3).anyMatch(e -> e.getMethodName().startsWith("_runLoop"));
    }

    @Test
    @Order(2)
    void selectingAnotherSatelliteRedrawsItsCharts() throws Exception {
        ResultsView view = (ResultsView) FxTestSupport.find(app.view(), "results");
        robot.interact(() -> view.tabs().getSelectionModel().select(2));
        robot.interact(() -> app.viewModel().selectPointer("/constellations/0/satellites/1"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("sophia-2", app.viewModel().selectionProperty().get().label());
        ResultsView results = (ResultsView) FxTestSupport.find(app.view(), "results");
        LineChart<?, ?> thermal = (LineChart<?, ?>) FxTestSupport.find(results, "results-thermal-chart");
        assertTrue(((String) thermal.getTitle()).endsWith("sophia-2"), thermal.getTitle());
        // solar face, board, junction, radiator and the throttle limit
        assertEquals(5, thermal.getData().size());
        FxTestSupport.screenshotFx(stage.getScene(), "analysis-thermal");
    }

    @Test
    @Order(3)
    void placementTabListsEveryReplicaAndMapsEveryGpu() throws Exception {
        ResultsView view = (ResultsView) FxTestSupport.find(app.view(), "results");
        robot.interact(() -> view.tabs().getSelectionModel().select(view.tabs().getTabs().stream()
                .filter(t -> "tab-placement".equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        var a = app.viewModel().analysis().analysisProperty().get();
        int replicas = a.plan().workloads().stream().mapToInt(w -> w.replicas()).sum();
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> table = (javafx.scene.control.TableView<Object>) FxTestSupport.find(view,
                "results-placement-table");
        assertEquals(replicas, table.getItems().size(), "one row per replica, placed or not");
        assertEquals(a.placement().result().gpus().size(), view.placementView().cellsDrawn());
        FxTestSupport.screenshotFx(stage.getScene(), "analysis-placement");
    }

    @Test
    @Order(4)
    void choosingAFindingSelectsWhatItNames() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Finding> list = (ListView<Finding>) FxTestSupport.find(app.view(), "findings");
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).path().startsWith("/tiles/0")) {
                index = i;
            }
        }
        assertTrue(index >= 0, "sophia's TILE has informational findings: " + list.getItems());
        int chosen = index;
        robot.interact(() -> list.getSelectionModel().select(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("/tiles/0", app.viewModel().selectionProperty().get().pointer());
    }

    @Test
    @Order(5)
    void openingAnotherPlanMarksTheResultsStale() {
        robot.interact(() -> app.viewModel().loadSample("kepler-edge"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.viewModel().analysis().staleProperty().get());
        assertFalse(app.viewModel().analysis().runningProperty().get());
    }
}
