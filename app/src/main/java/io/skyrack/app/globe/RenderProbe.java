package io.skyrack.app.globe;

import com.sun.javafx.perf.PerformanceTracker;
import io.skyrack.app.WorkbenchLauncher;
import io.skyrack.app.outline.OutlineNode;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Measurements of the globe that need a display, run in a JVM of their own by {@code ./skyrack bench render}
 * (which starts one per measurement and prints the results); each prints {@code RESULT key value} lines on
 * standard output.
 *
 * <ul>
 * <li>{@code fps SECONDS}: one 1280×800 window holding a {@link GlobeView}; frames per second rendered with only
 * the Earth, then with walker-1584 analysed and playing at 1,000× with its 3,168 +Grid links, the camera turning at
 * 10°/s in both so that every pulse draws; three interleaved pairs (E, W, E, W, E, W), with two seconds of warm-up
 * before each measurement. Frames are those the renderer completed ({@code PerformanceTracker}), not pulses.</li>
 * <li>{@code startup-empty}: prints {@code FIRST_FRAME} when an empty 1280×800 JavaFX window has rendered.</li>
 * <li>{@code startup-workbench}: starts the workbench as {@code ./skyrack} does and prints {@code FIRST_FRAME} when
 * the default plan is on the globe, its Earth textured, and a frame of it has rendered.</li>
 * </ul>
 */
public final class RenderProbe {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;
    private static final double ORBIT_DEG_PER_S = 10;
    private static final int PAIRS = 3;

    private RenderProbe() {
    }

    /**
     * @param args {@code fps SECONDS}, {@code startup-empty} or {@code startup-workbench}
     * @throws Exception when the measurement fails
     */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "";
        switch (mode) {
            case "fps" -> fps(args.length > 1 ? Double.parseDouble(args[1]) : 6);
            case "startup-empty" -> startup(() -> Application.launch(EmptyWindow.class));
            case "startup-workbench" -> startup(() -> WorkbenchLauncher.launch(null));
            default -> {
                System.err.println("usage: RenderProbe fps SECONDS | startup-empty | startup-workbench");
                System.exit(2);
            }
        }
    }

    // ------------------------------------------------------------------ start-up

    /** An empty window of the size the frame-rate measurement uses: the baseline for start-up. */
    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), WIDTH, HEIGHT));
            stage.setTitle("empty");
            stage.show();
        }
    }

    /**
     * Starts an application and watches it: once it shows what it should (any window for the empty one, the
     * globe with its plan for the workbench), waits for two more rendered frames — the first may have been
     * under way before — and prints {@code FIRST_FRAME}.
     */
    private static void startup(Runnable launch) {
        Thread watcher = new Thread(() -> {
            AtomicLong frames = new AtomicLong(-1);
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
                if (frames.get() >= 2) {
                    System.out.println("FIRST_FRAME");
                    System.out.flush();
                    // a normal exit, so that a class-data archive asked for with -XX:ArchiveClassesAtExit is
                    // written (the timing ends at the line above)
                    System.exit(0);
                }
                if (frames.get() < 0 && toolkitRunning()) {
                    Platform.runLater(() -> {
                        Scene s = readyScene();
                        if (s != null && frames.get() < 0) {
                            frames.set(0);
                            PerformanceTracker.getSceneTracker(s).setOnRenderedFrameTask(frames::incrementAndGet);
                            // make sure frames follow even where nothing else changes: a nudge of the root's
                            // opacity, invisible, each pulse
                            new AnimationTimer() {
                                @Override
                                public void handle(long now) {
                                    s.getRoot().setOpacity(s.getRoot().getOpacity() == 1 ? 0.999 : 1);
                                }
                            }.start();
                        }
                    });
                }
            }
        }, "startup-watcher");
        watcher.setDaemon(true);
        watcher.start();
        launch.run();
    }

    private static volatile boolean started;

    private static boolean toolkitRunning() {
        if (started) {
            return true;
        }
        try {
            Platform.runLater(() -> { });
            started = true;
        } catch (IllegalStateException e) {
            // the toolkit is not up yet
        }
        return started;
    }

    /** The scene that shows what the start-up waits for, or null while there is none. */
    private static Scene readyScene() {
        for (Window w : Window.getWindows()) {
            if (!w.isShowing() || w.getScene() == null) {
                continue;
            }
            Scene s = w.getScene();
            if (s.getRoot() instanceof StackPane && "empty".equals(((Stage) w).getTitle())) {
                return s;
            }
            Node globe = s.lookup("#globe");
            if (globe instanceof GlobeView g && g.isShowingPlan()) {
                return s;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ frame rate

    private static void fps(double seconds) throws Exception {
        OrekitContext orekit = OrekitContext.bundled();
        GpuCatalog catalog = GpuCatalog.builtIn();
        Plan plan = PlanFiles.parse(SamplePlans.text("walker-1584"), catalog).plan().orElseThrow();
        GlobeGeometry walker = GlobeGeometry.compute(plan, orekit);
        Analysis analysis = new AnalysisPipeline(orekit, catalog).analyze(plan, ProgressMonitor.NONE);

        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            System.out.println("RESULT no3d 1");
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
        SimpleObjectProperty<GlobeGeometry> geometry = new SimpleObjectProperty<>();
        SimpleObjectProperty<Analysis> shown = new SimpleObjectProperty<>();
        AtomicReference<GlobeView> view = new AtomicReference<>();
        AtomicReference<Scene> scene = new AtomicReference<>();
        AtomicLong rendered = new AtomicLong();
        AtomicLong pulses = new AtomicLong();
        onFx(() -> {
            GlobeView g = new GlobeView(new GlobeViewModel(geometry, shown, new SimpleObjectProperty<OutlineNode>(),
                    new SimpleObjectProperty<>(), n -> { }));
            Stage stage = new Stage();
            Scene s = new Scene(g, WIDTH, HEIGHT);
            stage.setScene(s);
            stage.setTitle("Skyrack render bench");
            stage.show();
            PerformanceTracker.getSceneTracker(s).setOnRenderedFrameTask(rendered::incrementAndGet);
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    pulses.incrementAndGet();
                    if (last != 0) {
                        g.orbit(ORBIT_DEG_PER_S * (now - last) * 1e-9, 0);
                    }
                    last = now;
                }
            }.start();
            view.set(g);
            scene.set(s);
        });

        // measure the globe as it stays: with the fine Earth mesh and the full texture, which replace the first
        // ones once start-up has settled
        waitFor(() -> view.get() != null && view.get().isShowingFullTexture());

        double[] empty = new double[PAIRS];
        double[] full = new double[PAIRS];
        double[] renderMs = new double[PAIRS];
        for (int pair = 0; pair < PAIRS; pair++) {
            onFx(() -> {
                geometry.set(null);
                shown.set(null);
            });
            empty[pair] = measure(seconds, rendered, null, null);
            onFx(() -> {
                geometry.set(walker);
                shown.set(analysis);
            });
            waitFor(() -> view.get().viewModel().playback().availableProperty().get());
            onFx(() -> {
                view.get().viewModel().playback().setSpeed(1000);
                view.get().viewModel().playback().play();
            });
            double[] cost = new double[1];
            full[pair] = measure(seconds, rendered, view.get(), cost);
            renderMs[pair] = cost[0];
        }
        System.out.printf(Locale.ROOT, "RESULT fps_empty_globe %.3f%n", mean(empty));
        System.out.printf(Locale.ROOT, "RESULT fps_walker1584 %.3f%n", mean(full));
        System.out.printf(Locale.ROOT, "RESULT frame_update_walker1584_ms %.3f%n", mean(renderMs));
        System.out.printf(Locale.ROOT, "RESULT pulses %d%n", pulses.get());
        for (int pair = 0; pair < PAIRS; pair++) {
            System.out.printf(Locale.ROOT, "RESULT pair%d %.2f %.2f%n", pair + 1, empty[pair], full[pair]);
        }
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /**
     * Frames rendered per second over a period after two seconds of warm-up.
     *
     * @param cost when not null, receives the mean FX-thread time of the globe's frame update (ms)
     */
    private static double measure(double seconds, AtomicLong rendered, GlobeView view, double[] cost)
            throws InterruptedException {
        Thread.sleep(2000);
        long f0 = rendered.get();
        long drawn0 = view == null ? 0 : view.framesDrawn();
        long nanos0 = view == null ? 0 : view.renderNanos();
        long t0 = System.nanoTime();
        Thread.sleep((long) (seconds * 1000));
        long f1 = rendered.get();
        long t1 = System.nanoTime();
        if (view != null) {
            long drawn = view.framesDrawn() - drawn0;
            cost[0] = drawn == 0 ? Double.NaN : (view.renderNanos() - nanos0) / 1e6 / drawn;
        }
        return (f1 - f0) / ((t1 - t0) * 1e-9);
    }

    private static double mean(double[] v) {
        double sum = 0;
        for (double x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    private static void onFx(Runnable r) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the FX thread did not answer within 60 s");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("the globe was not ready (full texture, timeline) within 60 s");
            }
            Thread.sleep(10);
        }
    }
}
