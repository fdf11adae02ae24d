package io.skyrack.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.skyrack.app.WorkbenchApp;
import io.skyrack.app.globe.GlobeView;
import io.skyrack.app.globe.SceneUnits;
import io.skyrack.app.time.PlaybackViewModel;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.contacts.Contact;
import io.skyrack.core.lighting.EclipseInterval;
import io.skyrack.core.orbit.EphemerisGrid;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Slider;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
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
 * The animated globe under Xvfb: analyse, play, scrub, click a satellite in 3D, jump to its next contact and
 * eclipse, follow it with the camera; kepler-edge first, then walker-1584 with its 3,168 links.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GlobeAnimationUiTest {

    private static Stage stage;
    private static WorkbenchApp app;
    private static String clicked;
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

    private static GlobeView globe() {
        return app.view().globe();
    }

    private static PlaybackViewModel playback() {
        return globe().viewModel().playback();
    }

    private static Analysis analysis() {
        return app.viewModel().analysis().analysisProperty().get();
    }

    private static Node lookup(String id) {
        return FxTestSupport.find(app.view(), id);
    }

    private void click(Node node) {
        javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
    }

    /** Marker centres of a constellation as drawn: the mean of each marker's corners (scene units). */
    private static float[] centres(String constellation) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            MeshView v = (MeshView) lookup("globe-satellites-" + constellation);
            float[] p = ((TriangleMesh) v.getMesh()).getPoints().toArray(null);
            int n = ((List<?>) v.getUserData()).size();
            int corners = p.length / 3 / n;
            float[] c = new float[3 * n];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < corners; k++) {
                    for (int a = 0; a < 3; a++) {
                        c[3 * i + a] += p[3 * corners * i + 3 * k + a] / corners;
                    }
                }
            }
            return c;
        }).get();
    }

    /**
     * Lets the globe draw what changed: it redraws on the pulse after any change (about 16 ms; Xvfb with Mesa may
     * take a few times that), and draws nothing while nothing changes.
     */
    private static void frames(int n) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(100L * n, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void analyse() throws Exception {
        new FxRobot().interact(() -> app.viewModel().analysis().analyze());
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> analysis() != null
                    && analysis().plan().equals(app.viewModel().planProperty().get())
                    && playback().availableProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no animation after analysing: "
                    + app.viewModel().analysis().messageProperty().get() + " / "
                    + globe().viewModel().messageProperty().get(), e);
        }
        frames(3);
    }

    /** The on-screen point of a satellite nearest the camera (so on the visible side), as {x, y, index}. */
    private static double[] nearestSatelliteOnScreen(String constellation) throws Exception {
        float[] c = centres(constellation);
        return WaitForAsyncUtils.asyncFx(() -> {
            MeshView v = (MeshView) lookup("globe-satellites-" + constellation);
            SubScene sub = (SubScene) lookup("globe-subscene");
            javafx.geometry.Bounds screen = sub.localToScreen(sub.getBoundsInLocal());
            Node cam = sub.getCamera();
            Point3D eye = cam.localToScene(Point3D.ZERO);
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (int i = 0; i < c.length / 3; i++) {
                Point3D p = new Point3D(c[3 * i], c[3 * i + 1], c[3 * i + 2]);
                Point2D s = v.localToScreen(p);
                boolean inside = s != null && s.getX() > screen.getMinX() + 30 && s.getX() < screen.getMaxX() - 30
                        && s.getY() > screen.getMinY() + 30 && s.getY() < screen.getMaxY() - 30;
                if (inside && p.distance(eye) < bestDistance) {
                    bestDistance = p.distance(eye);
                    best = i;
                }
            }
            Point2D s = v.localToScreen(new Point3D(c[3 * best], c[3 * best + 1], c[3 * best + 2]));
            return new double[] {s.getX(), s.getY(), best};
        }).get();
    }

    @Test
    @Order(1)
    void analysisEnablesTheTimeBarAndPlayingMovesTheSatellites() throws Exception {
        assumeTrue(globe().isSupported3D(), "no 3D pipeline (Monocle): the globe says so, see WorkbenchUiTest");
        assertTrue(lookup("time-play").isDisabled(), "nothing to play before an analysis");
        analyse();
        assertTrue(!lookup("time-play").isDisabled());
        assertEquals("2026-03-20 00:00:00 UTC", ((Label) lookup("time-clock")).getText());
        float[] before = centres("kepler");
        click(lookup("time-play"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(playback().playingProperty().get(), "the play button starts the animation");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> playback().timeProperty().get() > 300);
        click(lookup("time-play"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!playback().playingProperty().get());
        frames(2);
        float[] after = centres("kepler");
        double moved = 0;
        for (int i = 0; i < before.length; i += 3) {
            moved = Math.max(moved, Math.hypot(after[i] - before[i], Math.hypot(after[i + 1] - before[i + 1],
                    after[i + 2] - before[i + 2])));
        }
        // more than 300 s at 7.6 km/s: over 2,000 km, 30 scene units
        assertTrue(moved > 30, "satellites moved " + moved + " scene units");
        FxTestSupport.screenshotFx(stage.getScene(), "globe-kepler-playing");
    }

    @Test
    @Order(2)
    void scrubbingShowsTheGridAtThatTime() throws Exception {
        assumeTrue(globe().isSupported3D());
        int k = 1234;
        EphemerisGrid g = analysis().grid();
        robot.interact(() -> ((Slider) lookup("time-scrub")).setValue(g.time(k)));
        frames(2);
        assertEquals(g.time(k), playback().timeProperty().get(), 1e-9);
        assertEquals("2026-03-20 10:17:00 UTC", ((Label) lookup("time-clock")).getText());
        float[] c = centres("kepler");
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) lookup("globe-satellites-kepler").getUserData();
        float[] expected = new float[3];
        for (int i = 0; i < names.size(); i++) {
            int s = g.names().indexOf(names.get(i));
            int at = g.index(s, k);
            SceneUnits.toScene(g.x()[at], g.y()[at], g.z()[at], expected, 0);
            for (int a = 0; a < 3; a++) {
                // 1e-3 scene units is 6 m
                assertEquals(expected[a], c[3 * i + a], 1e-3, names.get(i));
            }
            // the Earth turned to this time puts the satellite's Earth-fixed position under it
            float[] fixed = new float[3];
            SceneUnits.toScene(g.fixedX()[at], g.fixedY()[at], g.fixedZ()[at], fixed, 0);
            Point3D onEarth = WaitForAsyncUtils.asyncFx(() -> {
                Node earth = lookup("globe-earth");
                return earth.getParent().localToParent(earth.localToParent(new Point3D(fixed[0], fixed[1], fixed[2])));
            }).get();
            Point3D sat = new Point3D(expected[0], expected[1], expected[2]);
            assertEquals(0, onEarth.angle(sat), 0.01, "sub-satellite point of " + names.get(i));
        }
        FxTestSupport.screenshotFx(stage.getScene(), "globe-kepler-scrubbed");
    }

    @Test
    @Order(3)
    void clickingASatelliteIn3dSelectsIt() throws Exception {
        assumeTrue(globe().isSupported3D());
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) lookup("globe-satellites-kepler").getUserData();
        double[] s = nearestSatelliteOnScreen("kepler");
        String name = names.get((int) s[2]);
        robot.moveTo(new Point2D(s[0], s[1]));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("globe-hover").isVisible());
        assertEquals(name, ((Label) lookup("globe-hover")).getText());
        robot.clickOn(new Point2D(s[0], s[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name, app.viewModel().selectionProperty().get().payload());
        assertEquals(name, globe().viewModel().selectedSatelliteProperty().get());
        frames(2);
        assertTrue(lookup("globe-selected-label").isVisible());
        clicked = name;
        // a click a little beside a marker still finds it, through the projected nearest marker
        robot.interact(() -> app.viewModel().select(app.viewModel().outlineProperty().get()));
        robot.clickOn(new Point2D(s[0] + 7, s[1] + 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name, globe().viewModel().selectedSatelliteProperty().get());
        FxTestSupport.screenshotFx(stage.getScene(), "globe-kepler-selected");
    }

    @Test
    @Order(4)
    void nextContactJumpsToTheSelectedSatellitesNextPass() throws Exception {
        assumeTrue(globe().isSupported3D());
        double now = playback().timeProperty().get();
        double expected = analysis().contacts().passes().stream().filter(c -> c.satelliteName().equals(clicked))
                .mapToDouble(Contact::startSeconds).filter(t -> t > now + 0.5).min().orElseThrow();
        click(lookup("globe-next-contact"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, playback().timeProperty().get(), 1e-9);
        // a minute into the pass the contact line is drawn
        robot.interact(() -> playback().seek(expected + 60));
        frames(2);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !((Label) lookup("globe-info")).getText()
                .contains(" 0 ground contacts"));
        // in contact, the selected satellite's route to the ground is the direct line (by the triangle inequality
        // no relay is faster), drawn in the route mesh and named in the corner
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> globe().routeHops() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Label) lookup("globe-info")).getText()
                .contains(clicked + ": route to the ground 1 hop"));
        float[] routePoints = WaitForAsyncUtils.asyncFx(() -> ((TriangleMesh) ((MeshView) lookup("globe-route"))
                .getMesh()).getPoints().toArray(null)).get();
        double extent = 0;
        for (float v : routePoints) {
            extent = Math.max(extent, Math.abs(v));
        }
        assertTrue(extent > 1, "the route line has vertices away from the origin");
        FxTestSupport.screenshotFx(stage.getScene(), "globe-kepler-contact");
    }

    @Test
    @Order(5)
    void theCameraFollowsTheSelectedSatellite() throws Exception {
        assumeTrue(globe().isSupported3D());
        robot.interact(() -> {
            globe().followSelected();
            playback().play();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> playback().timeProperty().get() > 600 + 0);
        frames(3);
        robot.interact(() -> playback().pause());
        frames(2);
        int i = ((List<?>) lookup("globe-satellites-kepler").getUserData()).indexOf(clicked);
        float[] c = centres("kepler");
        double[] s = WaitForAsyncUtils.asyncFx(() -> {
            MeshView v = (MeshView) lookup("globe-satellites-kepler");
            SubScene sub = (SubScene) lookup("globe-subscene");
            Point2D at = v.localToScreen(new Point3D(c[3 * i], c[3 * i + 1], c[3 * i + 2]));
            javafx.geometry.Bounds b = sub.localToScreen(sub.getBoundsInLocal());
            return new double[] {at.getX() - b.getCenterX(), at.getY() - b.getCenterY()};
        }).get();
        assertEquals(0, s[0], 2.0, "followed satellite at the centre (x)");
        assertEquals(0, s[1], 2.0, "followed satellite at the centre (y)");
        FxTestSupport.screenshotFx(stage.getScene(), "globe-kepler-follow");
        robot.interact(() -> globe().lookDownPlane());
        frames(2);
        FxTestSupport.screenshotFx(stage.getScene(), "globe-kepler-plane");
        robot.interact(() -> globe().resetCamera());
    }

    @Test
    @Order(6)
    void walker1584AnimatesWithItsLinksAndJumpsToTheNextEclipse() throws Exception {
        assumeTrue(globe().isSupported3D());
        robot.interact(() -> app.viewModel().loadSample("walker-1584"));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.viewModel().geometryProperty().get() != null
                && lookup("globe-satellites-shell") != null);
        assertTrue(!playback().availableProperty().get(), "the kepler-edge analysis does not animate walker-1584");
        analyse();
        robot.interact(() -> {
            playback().setSpeed(1000);
            playback().play();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> playback().timeProperty().get() > 1500);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ((Label) lookup("globe-info")).getText()
                .contains("3,168 crosslinks"));
        FxTestSupport.screenshotFx(stage.getScene(), "globe-walker-1584-playing");
        robot.interact(() -> playback().pause());
        frames(2);

        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) lookup("globe-satellites-shell").getUserData();
        double[] s = nearestSatelliteOnScreen("shell");
        String name = names.get((int) s[2]);
        robot.clickOn(new Point2D(s[0], s[1]));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name, globe().viewModel().selectedSatelliteProperty().get());
        assertNotNull(app.viewModel().selectionProperty().get());

        double now = playback().timeProperty().get();
        int sat = analysis().grid().names().indexOf(name);
        List<EclipseInterval> mine = analysis().lighting().intervals().stream().filter(e -> e.satellite() == sat)
                .toList();
        double expected = mine.stream().filter(e -> e.startSeconds() > now + 0.5)
                .filter(e -> mine.stream().noneMatch(p -> p.endSeconds() <= e.startSeconds()
                        && e.startSeconds() - p.endSeconds() < analysis().grid().step()))
                .mapToDouble(EclipseInterval::startSeconds).min().orElseThrow();
        click(lookup("globe-next-eclipse"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, playback().timeProperty().get(), 1e-9);
        // two minutes later it is in the shadow, drawn dark
        robot.interact(() -> playback().seek(expected + 120));
        frames(2);
        FxTestSupport.screenshotFx(stage.getScene(), "globe-walker-1584-eclipse");
        robot.interact(() -> globe().followSelected());
        frames(3);
        FxTestSupport.screenshotFx(stage.getScene(), "globe-walker-1584-follow");
        robot.interact(() -> globe().resetCamera());
    }

    /** Labels in the bar are readable: nothing is cut to an ellipsis or pushed out of the globe's pane. */
    @Test
    @Order(7)
    void theTimeBarShowsItsControlsInFull() throws Exception {
        assumeTrue(globe().isSupported3D());
        double right = WaitForAsyncUtils.asyncFx(() -> globe().localToScene(globe().getBoundsInLocal()).getMaxX())
                .get();
        for (String id : new String[] {"time-play", "time-clock", "time-speed-label", "globe-next-eclipse",
            "globe-next-contact", "globe-camera"}) {
            Labeled l = (Labeled) lookup(id);
            double needed = WaitForAsyncUtils.asyncFx(() -> l.prefWidth(-1)).get();
            double maxX = WaitForAsyncUtils.asyncFx(() -> l.localToScene(l.getBoundsInLocal()).getMaxX()).get();
            assertTrue(l.getWidth() >= needed - 0.5, id + " is " + l.getWidth() + " px wide, needs " + needed);
            assertTrue(maxX <= right + 0.5, id + " ends at " + maxX + ", past the globe's edge at " + right);
        }
    }
}
