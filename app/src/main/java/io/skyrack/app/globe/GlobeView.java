package io.skyrack.app.globe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AmbientLight;
import javafx.scene.DirectionalLight;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.transform.Affine;
import org.fxyz3d.geometry.Point3D;
import org.fxyz3d.shapes.primitives.ScatterMesh;
import org.fxyz3d.utils.CameraTransformer;

/**
 * The 3D globe: a textured Earth turned to the shown time, sunlit from the Sun's direction, with each
 * constellation's satellites as one merged mesh and its orbit rings as another.
 *
 * <p>When the graphics pipeline cannot do 3D (software rendering), the view says so plainly instead.
 */
public final class GlobeView extends StackPane {

    /** Resource path of the Earth texture (Natural Earth, public domain; see assets/README.md). */
    public static final String EARTH_TEXTURE = "/io/skyrack/app/earth/earth-4096x2048.png";

    private static final Color[] PALETTE = {
        Color.web("#4fc3f7"), Color.web("#ffb74d"), Color.web("#81c784"), Color.web("#e57373"), Color.web("#ba68c8"),
    };
    private static final double DEFAULT_DISTANCE = 520;

    private final boolean supported;
    private final Group satellites = new Group();
    private final Group rings = new Group();
    private final Affine earthRotation = new Affine();
    private final DirectionalLight sunLight = new DirectionalLight(Color.rgb(255, 250, 240));
    private final CameraTransformer rig = new CameraTransformer();
    private final PerspectiveCamera camera = new PerspectiveCamera(true);
    private double lastX;
    private double lastY;

    /**
     * @param geometry the geometry to show; {@code null} clears the view
     */
    public GlobeView(ObservableValue<GlobeGeometry> geometry) {
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
            setAlignment(Pos.CENTER);
            getChildren().add(l);
            return;
        }
        getChildren().add(buildSubScene());
        geometry.addListener((obs, old, g) -> show(g));
        show(geometry.getValue());
    }

    /** @return true when this view renders in 3D */
    public boolean isSupported3D() {
        return supported;
    }

    private SubScene buildSubScene() {
        MeshView earth = new MeshView(MeshBuilders.sphere((float) SceneUnits.PER_EARTH_RADIUS, 90, 180));
        earth.setId("globe-earth");
        earth.setCullFace(CullFace.BACK);
        PhongMaterial m = new PhongMaterial(Color.WHITE);
        Image texture = new Image(Objects.requireNonNull(getClass().getResource(EARTH_TEXTURE)).toExternalForm(), true);
        m.setDiffuseMap(texture);
        m.setSpecularColor(Color.rgb(30, 30, 30));
        earth.setMaterial(m);
        Group earthGroup = new Group(earth);
        earthGroup.getTransforms().add(earthRotation);

        AmbientLight night = new AmbientLight(Color.rgb(96, 102, 120));
        night.getScope().add(earthGroup);
        sunLight.getScope().add(earthGroup);
        AmbientLight flat = new AmbientLight(Color.WHITE);
        flat.getScope().addAll(satellites, rings);

        camera.setNearClip(1);
        camera.setFarClip(50_000);
        camera.setFieldOfView(35);
        camera.setTranslateZ(-DEFAULT_DISTANCE);
        rig.getChildren().add(camera);
        resetCamera();

        Group root = new Group(earthGroup, rings, satellites, night, sunLight, flat, rig);
        SubScene sub = new SubScene(root, 800, 600, true, SceneAntialiasing.BALANCED);
        sub.setId("globe-subscene");
        sub.setFill(Color.web("#05070d"));
        sub.setCamera(camera);
        sub.widthProperty().bind(widthProperty());
        sub.heightProperty().bind(heightProperty());
        sub.setManaged(false);
        installMouse(sub);
        return sub;
    }

    /** Puts the camera back to the Earth-centred default: equator in view, north up. */
    public void resetCamera() {
        rig.setTranslate(0, 0, 0);
        rig.setRotate(-20, 0, 0);
        camera.setTranslateZ(-DEFAULT_DISTANCE);
    }

    private void installMouse(SubScene sub) {
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
                rig.ry.setAngle(rig.ry.getAngle() + dx * 0.3);
                rig.rx.setAngle(Math.max(-89, Math.min(89, rig.rx.getAngle() - dy * 0.3)));
            } else {
                double scale = -camera.getTranslateZ() / 1000.0;
                rig.t.setX(rig.t.getX() - dx * scale);
                rig.t.setY(rig.t.getY() - dy * scale);
            }
        });
        sub.addEventHandler(ScrollEvent.SCROLL, e -> {
            double z = camera.getTranslateZ() * Math.pow(1.0015, -e.getDeltaY());
            camera.setTranslateZ(Math.max(-20_000, Math.min(-110, z)));
        });
        sub.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                resetCamera();
            }
        });
    }

    private void show(GlobeGeometry g) {
        satellites.getChildren().clear();
        rings.getChildren().clear();
        if (g == null) {
            return;
        }
        double[] r = g.earthRotation();
        earthRotation.setToTransform(r[0], r[1], r[2], 0, r[3], r[4], r[5], 0, r[6], r[7], r[8], 0);
        double[] s = g.sunDirection();
        // a directional light's direction is the way its light travels: from the Sun towards the Earth
        sunLight.setDirection(new javafx.geometry.Point3D(-s[0], -s[1], -s[2]));
        for (int i = 0; i < g.constellations().size(); i++) {
            GlobeGeometry.ConstellationGeometry c = g.constellations().get(i);
            Color color = PALETTE[i % PALETTE.length];
            satellites.getChildren().add(satelliteMesh(c, color));
            // many planes: thinner, darker rings so the satellites stay readable
            boolean dense = c.rings().size() > 24;
            MeshView ringMesh = new MeshView(MeshBuilders.tubes(c.rings(), dense ? 0.18f : 0.4f));
            ringMesh.setId("globe-rings-" + c.id());
            ringMesh.setMaterial(new PhongMaterial(color.deriveColor(0, 0.7, dense ? 0.38 : 0.6, 1)));
            ringMesh.setMouseTransparent(true);
            rings.getChildren().add(ringMesh);
        }
    }

    private static Node satelliteMesh(GlobeGeometry.ConstellationGeometry c, Color color) {
        float[] p = c.positions();
        List<Point3D> points = new ArrayList<>(p.length / 3);
        for (int i = 0; i < p.length; i += 3) {
            points.add(new Point3D(p[i], p[i + 1], p[i + 2]));
        }
        ScatterMesh mesh = new ScatterMesh(points, true, 3.0, 0);
        mesh.setTextureModeNone(color);
        mesh.setId("globe-satellites-" + c.id());
        mesh.setUserData(c.names());
        return mesh;
    }
}
