package io.skyrack.app.globe;

import io.skyrack.app.time.TimeBarView;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;

/**
 * The 3D globe and its time bar: the Earth turning with the shown time, satellites moving along their orbit rings,
 * crosslinks, ground stations and contact lines, the Sun; click a satellite to select it, hover for its name,
 * drag (or the arrow keys) to orbit, shift-drag or right-drag to pan, scroll (or +/−) to zoom, space to play or
 * pause, camera presets in the bar.
 *
 * <p>When the graphics pipeline cannot do 3D (software rendering), the view says so plainly instead.
 */
public final class GlobeView extends BorderPane {

    /** Resource path of the Earth texture (Natural Earth, public domain; see assets/README.md). */
    public static final String EARTH_TEXTURE = GlobeScene.EARTH_TEXTURE;

    private static final double DEFAULT_DISTANCE = 470;
    private static final double FIELD_OF_VIEW = 35;
    private static final double PICK_PIXELS = 10;
    private static final long INFO_PERIOD_NANOS = 250_000_000L;

    /** How the camera moves. */
    enum CameraMode {
        /** The user orbits the Earth with the mouse. */
        FREE,
        /** The camera stays above the selected satellite, looking at the Earth's centre. */
        FOLLOW
    }

    private final GlobeViewModel vm;
    private final boolean supported;
    private final GlobeScene scene = new GlobeScene();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private final Translate pan = new Translate();
    private final Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
    private final Rotate pitch = new Rotate(0, Rotate.X_AXIS);
    private final Pane overlay = new Pane();
    private final Label hover = new Label();
    private final Label selectedLabel = new Label();
    private final Label info = new Label();
    private final double[] eye = new double[3];
    private final double[] cameraToScene = new double[12];
    private final double[] pivot = new double[3];
    private final double[] work = new double[3];
    private final double[] screen = new double[2];
    private SubScene sub;
    private CameraMode mode = CameraMode.FREE;
    private boolean dirty = true;
    private boolean infoStale;
    private long lastPulse;
    /** Pulses with the plan shown (or no plan) before the fine Earth mesh and full texture are put in. */
    private static final int FULL_TEXTURE_AFTER_PULSES = 60;
    private int settledPulses;
    private boolean fullTextureRequested;
    private long lastInfo;
    private long frames;
    private long renderNanos;
    private double lastX;
    private double lastY;

    /**
     * @param vm the globe's view model
     */
    public GlobeView(GlobeViewModel vm) {
        this.vm = vm;
        setId("globe");
        setMinSize(200, 200);
        setStyle("-fx-background-color: #05070d;");
        supported = Platform.isSupported(ConditionalFeature.SCENE3D);
        if (!supported) {
            Label l = new Label("3D view unavailable: this graphics pipeline has no 3D support "
                    + "(software rendering).\nOn Mesa/Xvfb start with -Dprism.forceGPU=true; everything else works.");
            l.setId("globe-unavailable");
            l.setWrapText(true);
            l.setStyle("-fx-text-fill: #c8d0e0; -fx-font-size: 14px;");
            l.setPadding(new Insets(24));
            BorderPane.setAlignment(l, Pos.CENTER);
            setCenter(l);
            return;
        }
        createView();
        initListeners();
    }

    /** @return hops of the selected satellite's route to the ground drawn in the last frame, −1 when none */
    public int routeHops() {
        return scene.routeHops();
    }

    /** @return true once the full-resolution Earth texture and the fine mesh have replaced the first ones */
    public boolean isShowingFullTexture() {
        return supported && scene.fullEarthTextureLoaded() && scene.fineEarthMesh();
    }

    /** @return true when this view renders in 3D */
    public boolean isSupported3D() {
        return supported;
    }

    /** @return the view model */
    public GlobeViewModel viewModel() {
        return vm;
    }

    /** @return frames drawn since the view was made (for frame-rate measurements) */
    public long framesDrawn() {
        return frames;
    }

    /** @return time spent on the FX thread updating the scene for those frames (ns) */
    public long renderNanos() {
        return renderNanos;
    }

    /** @return true once the plan's geometry is in the scene and the Earth's texture has loaded */
    public boolean isShowingPlan() {
        return supported && scene.geometry() != null && scene.earthTextureLoaded() && frames > 0;
    }

    /**
     * Turns the camera about the Earth, as a drag does.
     *
     * @param yawDeg turn about the vertical (deg)
     * @param pitchDeg tilt, kept within ±89° (deg)
     */
    public void orbit(double yawDeg, double pitchDeg) {
        mode = CameraMode.FREE;
        yaw.setAngle(yaw.getAngle() + yawDeg);
        pitch.setAngle(Math.max(-89, Math.min(89, pitch.getAngle() + pitchDeg)));
    }

    private void createView() {
        camera.setNearClip(1);
        camera.setFarClip(50_000);
        camera.setFieldOfView(FIELD_OF_VIEW);
        Group rig = new Group(camera);
        rig.getTransforms().addAll(pan, yaw, pitch);
        resetCamera();

        Group root = new Group(scene.root(), rig);
        sub = new SubScene(root, 800, 600, true, SceneAntialiasing.BALANCED);
        sub.setId("globe-subscene");
        sub.setFill(Color.web("#05070d"));
        sub.setCamera(camera);
        StackPane holder = new StackPane();
        holder.setMinSize(100, 100);
        sub.widthProperty().bind(holder.widthProperty());
        sub.heightProperty().bind(holder.heightProperty());
        sub.setManaged(false);

        overlay.setMouseTransparent(true);
        overlay.setId("globe-overlay");
        String tag = "-fx-background-color: rgba(10,14,24,0.78); -fx-text-fill: #f0f3f8; -fx-padding: 2 6 2 6;"
                + " -fx-background-radius: 3; -fx-font-size: 12px;";
        hover.setId("globe-hover");
        hover.setStyle(tag);
        hover.setVisible(false);
        selectedLabel.setId("globe-selected-label");
        selectedLabel.setStyle(tag + " -fx-text-fill: #fff176;");
        selectedLabel.setVisible(false);
        info.setId("globe-info");
        info.setStyle("-fx-text-fill: #b8c2d6; -fx-font-size: 12px;");
        info.relocate(10, 8);
        overlay.getChildren().addAll(info, selectedLabel, hover);
        holder.getChildren().addAll(sub, overlay);
        setCenter(holder);
        setBottom(timeBar());
        installMouse();
    }

    private TimeBarView timeBar() {
        TimeBarView bar = new TimeBarView(vm.playback());
        Button eclipse = new Button("Next eclipse");
        eclipse.setId("globe-next-eclipse");
        eclipse.setTooltip(new Tooltip("Jump to the selected satellite's next entry into the Earth's shadow"));
        eclipse.setOnAction(e -> vm.jumpToNextEclipse());
        Button contact = new Button("Next contact");
        contact.setId("globe-next-contact");
        contact.setTooltip(new Tooltip("Jump to the start of the selected satellite's next ground contact"));
        contact.setOnAction(e -> vm.jumpToNextContact());
        eclipse.disableProperty().bind(vm.canJumpProperty().not());
        contact.disableProperty().bind(vm.canJumpProperty().not());

        MenuItem earth = new MenuItem("Earth-centred");
        earth.setId("camera-earth");
        earth.setOnAction(e -> resetCamera());
        MenuItem follow = new MenuItem("Follow selected satellite");
        follow.setId("camera-follow");
        follow.setOnAction(e -> followSelected());
        MenuItem plane = new MenuItem("Look down its orbit plane");
        plane.setId("camera-plane");
        plane.setOnAction(e -> lookDownPlane());
        follow.disableProperty().bind(vm.selectedSatelliteProperty().isNull());
        plane.disableProperty().bind(vm.selectedSatelliteProperty().isNull());
        MenuButton cameraMenu = new MenuButton("Camera", null, earth, follow, plane);
        cameraMenu.setId("globe-camera");
        for (Control c : new Control[] {eclipse, contact, cameraMenu}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
            c.setFocusTraversable(false);
        }
        bar.addTrailing(eclipse, contact, cameraMenu);
        return bar;
    }

    private void initListeners() {
        InvalidationListener redraw = o -> dirty = true;
        for (Observable o : new Observable[] {pan.xProperty(), pan.yProperty(), pan.zProperty(),
            yaw.angleProperty(), pitch.angleProperty(), camera.translateZProperty(), sub.widthProperty(),
            sub.heightProperty(), vm.playback().timeProperty()}) {
            o.addListener(redraw);
        }
        vm.geometry().addListener((o, a, g) -> {
            scene.show(g);
            // after an edit the timeline is still the old geometry's until the new one is prepared
            GlobeTimeline t = vm.timelineProperty().get();
            scene.setTimeline(t != null && t.geometry() == g ? t : null);
            dirty = true;
        });
        vm.timelineProperty().addListener((o, a, t) -> {
            scene.setTimeline(t);
            dirty = true;
        });
        vm.selectedSatelliteProperty().addListener((o, a, name) -> {
            scene.select(name);
            if (name == null && mode == CameraMode.FOLLOW) {
                mode = CameraMode.FREE;
            }
            dirty = true;
        });
        scene.show(vm.geometry().getValue());
        scene.setTimeline(vm.timelineProperty().get());
        scene.select(vm.selectedSatelliteProperty().get());

        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        sceneProperty().addListener((o, a, s) -> {
            if (s == null) {
                timer.stop();
            } else {
                lastPulse = 0;
                timer.start();
            }
        });
    }

    /** One pulse: advance the time, move the camera that follows, redraw when anything changed. */
    private void pulse(long now) {
        if (!fullTextureRequested) {
            // the fine Earth mesh and full texture once start-up has settled: the plan shown (or none) for a while
            settledPulses = scene.geometry() == null || isShowingPlan() ? settledPulses + 1 : 0;
            if (settledPulses >= FULL_TEXTURE_AFTER_PULSES) {
                fullTextureRequested = true;
                scene.refineEarth();
            }
        }
        if (lastPulse != 0) {
            vm.playback().advance((now - lastPulse) * 1e-9);
        }
        lastPulse = now;
        if (mode == CameraMode.FOLLOW) {
            dirty = true;
        }
        if (!dirty) {
            if (infoStale && now - lastInfo >= INFO_PERIOD_NANOS) {
                updateInfo(now);
            }
            return;
        }
        dirty = false;
        updateCamera();
        double upp = CameraMath.unitsPerPixel(1, FIELD_OF_VIEW, sub.getHeight());
        long t0 = System.nanoTime();
        scene.render(vm.playback().timeProperty().get(), cameraToScene, upp);
        renderNanos += System.nanoTime() - t0;
        if (mode == CameraMode.FOLLOW && scene.positionOf(vm.selectedSatelliteProperty().get(), work)) {
            // aim at where the satellite is drawn in this frame, so that it stays centred
            aimAt(work);
            updateCamera();
            dirty = false;
        }
        frames++;
        updateLabels(now);
    }

    private void updateCamera() {
        pivot[0] = pan.getX();
        pivot[1] = pan.getY();
        pivot[2] = pan.getZ();
        CameraMath.cameraToScene(pitch.getAngle(), yaw.getAngle(), -camera.getTranslateZ(), pivot, cameraToScene);
        eye[0] = cameraToScene[3];
        eye[1] = cameraToScene[7];
        eye[2] = cameraToScene[11];
    }

    private void aimAt(double[] p) {
        CameraMath.anglesToward(p[0], p[1], p[2], screen);
        pitch.setAngle(screen[0]);
        yaw.setAngle(screen[1]);
    }

    private void updateLabels(long now) {
        String name = vm.selectedSatelliteProperty().get();
        if (name != null && scene.positionOf(name, work) && place(selectedLabel, work)) {
            selectedLabel.setText(name);
            selectedLabel.setVisible(true);
        } else {
            selectedLabel.setVisible(false);
        }
        if (hover.isVisible() && hover.getUserData() instanceof String h) {
            // the selected satellite has its own label
            hover.setVisible(!h.equals(name) && scene.positionOf(h, work) && place(hover, work));
        }
        infoStale = true;
        if (now - lastInfo >= INFO_PERIOD_NANOS) {
            updateInfo(now);
        }
    }

    /** Counts and time in the corner; a few times a second at most, so that text layout stays off the frame. */
    private void updateInfo(long now) {
        lastInfo = now;
        infoStale = false;
        GlobeGeometry g = scene.geometry();
        if (g == null) {
            info.setText("");
            return;
        }
        int sats = g.constellations().stream().mapToInt(c -> c.names().size()).sum();
        if (scene.timeline() == null) {
            info.setText(String.format(Locale.ROOT, "%,d satellites at the plan epoch", sats));
        } else {
            String selected = vm.selectedSatelliteProperty().get();
            int hops = scene.routeHops();
            String route = selected == null ? "" : hops < 0 ? "\n" + selected + ": no route to the ground"
                    : String.format(Locale.ROOT, "\n%s: route to the ground %d hop%s", selected, hops,
                    hops == 1 ? "" : "s");
            info.setText(String.format(Locale.ROOT, "%s  ·  %,d satellites (%,d in eclipse)  ·  %,d crosslinks  ·  "
                            + "%,d ground contacts%s", vm.playback().clockProperty().get(), sats, scene.eclipsedCount(),
                    scene.linkCount(), scene.contactCount(), route));
        }
    }

    /** Puts a label just above and right of a scene point; false when the point is off screen or hidden. */
    private boolean place(Label label, double[] p) {
        if (!CameraMath.project(cameraToScene, FIELD_OF_VIEW, sub.getWidth(), sub.getHeight(), p[0], p[1], p[2],
                screen) || CameraMath.occluded(eye, p[0], p[1], p[2], SceneUnits.PER_EARTH_RADIUS)) {
            return false;
        }
        label.relocate(screen[0] + 8, screen[1] - 22);
        return true;
    }

    // ------------------------------------------------------------------ camera presets

    /** Puts the camera back to the Earth-centred default: equator in view, north up. */
    public void resetCamera() {
        mode = CameraMode.FREE;
        pan.setX(0);
        pan.setY(0);
        pan.setZ(0);
        pitch.setAngle(-20);
        yaw.setAngle(0);
        camera.setTranslateZ(-DEFAULT_DISTANCE);
    }

    /** Keeps the camera above the selected satellite, looking down at the Earth's centre past it. */
    public void followSelected() {
        String name = vm.selectedSatelliteProperty().get();
        if (name == null || !scene.positionOf(name, work)) {
            return;
        }
        mode = CameraMode.FOLLOW;
        pan.setX(0);
        pan.setY(0);
        pan.setZ(0);
        double r = Math.sqrt(work[0] * work[0] + work[1] * work[1] + work[2] * work[2]);
        camera.setTranslateZ(-(r + 140));
        aimAt(work);
        dirty = true;
    }

    /** Looks along the normal of the selected satellite's orbit plane, so that its ring is seen as a circle. */
    public void lookDownPlane() {
        String name = vm.selectedSatelliteProperty().get();
        if (name == null || !scene.orbitNormalOf(name, work)) {
            return;
        }
        mode = CameraMode.FREE;
        pan.setX(0);
        pan.setY(0);
        pan.setZ(0);
        camera.setTranslateZ(-DEFAULT_DISTANCE);
        aimAt(work);
        dirty = true;
    }

    // ------------------------------------------------------------------ mouse

    private void installMouse() {
        sub.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getSceneX();
            lastY = e.getSceneY();
        });
        sub.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getSceneX() - lastX;
            double dy = e.getSceneY() - lastY;
            lastX = e.getSceneX();
            lastY = e.getSceneY();
            if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()) {
                mode = CameraMode.FREE;
                yaw.setAngle(yaw.getAngle() + dx * 0.3);
                pitch.setAngle(Math.max(-89, Math.min(89, pitch.getAngle() - dy * 0.3)));
            } else if (mode == CameraMode.FREE) {
                double scale = -camera.getTranslateZ() / 1000.0;
                pan.setX(pan.getX() - dx * scale);
                pan.setY(pan.getY() - dy * scale);
            }
        });
        sub.addEventHandler(ScrollEvent.SCROLL, e -> {
            double z = camera.getTranslateZ() * Math.pow(1.0015, -e.getDeltaY());
            camera.setTranslateZ(Math.max(-20_000, Math.min(-110, z)));
        });
        sub.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
                return;
            }
            if (e.getClickCount() == 2) {
                resetCamera();
                return;
            }
            String[] hit = satelliteAt(e);
            if (hit != null) {
                vm.selectSatellite(hit[0], hit[1]);
            }
        });
        sub.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            String[] hit = satelliteAt(e);
            if (hit == null) {
                hover.setVisible(false);
                hover.setUserData(null);
                return;
            }
            hover.setText(hit[0]);
            hover.setUserData(hit[0]);
            hover.setVisible(!hit[0].equals(vm.selectedSatelliteProperty().get()) && scene.positionOf(hit[0], work)
                    && place(hover, work));
        });
        sub.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        sub.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> sub.requestFocus());
        sub.setFocusTraversable(true);
        sub.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case LEFT -> orbit(-5, 0);
                case RIGHT -> orbit(5, 0);
                case UP -> orbit(0, 5);
                case DOWN -> orbit(0, -5);
                case PLUS, ADD, EQUALS -> camera.setTranslateZ(Math.min(-110, camera.getTranslateZ() / 1.15));
                case MINUS, SUBTRACT -> camera.setTranslateZ(Math.max(-20_000, camera.getTranslateZ() * 1.15));
                case SPACE -> vm.playback().togglePlay();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    /** The satellite under the pointer: the marker face JavaFX picked, else the nearest visible marker. */
    private String[] satelliteAt(MouseEvent e) {
        String[] hit = scene.satelliteAt(e.getPickResult());
        if (hit != null) {
            return hit;
        }
        updateCamera();
        return scene.nearestSatellite(cameraToScene, FIELD_OF_VIEW, sub.getWidth(), sub.getHeight(), e.getX(), e.getY(),
                PICK_PIXELS);
    }
}
