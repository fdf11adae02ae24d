package io.skyrack.app.globe;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point3D;
import javafx.scene.DirectionalLight;
import javafx.scene.Group;
import javafx.scene.LightBase;
import javafx.scene.Node;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Rotate;

/**
 * A small globe for the window to show while the workbench is being built, drawn with every kind of material and
 * light the real globe uses: the Earth's first mesh and texture (the same objects) under its sunlit material, a palette
 * textured satellite marker, a palette textured and a single-colour line, and the Sun's plain-coloured marker.
 *
 * <p>Its first frame is what a globe's first frame costs on a software renderer (about a second on Mesa's llvmpipe:
 * the shader programs for these materials compiled, the Earth's texture uploaded and vertex buffers built, the
 * multisampled buffers made), and
 * the render thread spends it while the FX thread builds the workbench, instead of after. The programs and the
 * texture are the graphics context's, shared by every scene, so the real globe's first frame then finds them made.
 */
public final class GlobeWarmUp {

    private GlobeWarmUp() {
    }

    /**
     * @param size width and height (pixels)
     * @return the small globe in its own 3D sub-scene, with a satellite on a ring around it
     */
    public static SubScene create(double size) {
        MeshView earth = new MeshView(GlobeScene.earthMesh(false));
        earth.setCullFace(CullFace.BACK);
        earth.setMaterial(GlobeScene.earthMaterial(GlobeScene.firstEarthTexture()));
        Group earthGroup = new Group(earth);
        earthGroup.getTransforms().add(new Rotate(-100, Rotate.Y_AXIS));

        double[] right = {1, 0, 0};
        double[] up = {0, 1, 0};
        double[] eye = {0, 0, -420};
        float r = (float) (1.35 * SceneUnits.PER_EARTH_RADIUS);

        // a satellite marker as SatelliteLayer draws one
        TriangleMesh markerMesh = MeshBuilders.markers(1);
        float[] points = new float[MeshBuilders.MARKER_VERTICES * 3];
        float[] at = new float[3];
        ring(at, Math.PI * 0.1, r);
        MeshBuilders.writeMarker(points, 0, at[0], at[1], at[2], 6f, right, up);
        markerMesh.getPoints().set(0, points, 0, points.length);
        MeshView marker = new MeshView(markerMesh);
        marker.setCullFace(CullFace.NONE);
        marker.setMaterial(SatelliteLayer.material(Color.web("#4fc3f7")));

        // a ring arc in the crosslinks' palette material and one in a single colour
        List<Node> flat = new ArrayList<>();
        LineLayer palette = new LineLayer("warm-up-links", Color.web("#a0662a"), Color.web("#2f8a6e"));
        LineLayer single = new LineLayer("warm-up-ring", Color.web("#4fc3f7"));
        int segments = 24;
        palette.ensureCapacity(segments);
        single.ensureCapacity(segments);
        palette.begin();
        single.begin();
        float[] a = new float[3];
        float[] b = new float[3];
        for (int i = 0; i < segments; i++) {
            double t0 = Math.PI * (0.15 + 1.2 * i / segments);
            double t1 = Math.PI * (0.15 + 1.2 * (i + 1) / segments);
            ring(a, t0, r);
            ring(b, t1, r);
            single.add(a, 0, b, 0, 0, eye, 0.004);
            ring(a, t0 + Math.PI, r);
            ring(b, t1 + Math.PI, r);
            palette.add(a, 0, b, 0, i % 2, eye, 0.004);
        }
        palette.end();
        single.end();
        flat.add(palette.view());
        flat.add(single.view());
        flat.add(marker);

        Sphere sun = new Sphere(4, 12);
        sun.setMaterial(new PhongMaterial(GlobeScene.SUN_COLOUR));
        sun.setTranslateX(-1.6 * SceneUnits.PER_EARTH_RADIUS);
        sun.setTranslateY(-1.25 * SceneUnits.PER_EARTH_RADIUS);
        flat.add(sun);

        Group root = new Group(earthGroup);
        root.getChildren().addAll(flat);
        List<LightBase> lights = GlobeScene.lights(earthGroup, flat.toArray(new Node[0]));
        // the Sun from the upper left, behind the viewer
        ((DirectionalLight) lights.get(0)).setDirection(new Point3D(1, 0.3, 0.6));
        root.getChildren().addAll(lights);

        PerspectiveCamera camera = new PerspectiveCamera(true);
        camera.setNearClip(1);
        camera.setFarClip(5_000);
        camera.setFieldOfView(40);
        camera.setTranslateZ(eye[2]);
        root.getChildren().add(camera);
        // the same depth buffer and antialiasing as the globe's sub-scene
        SubScene sub = new SubScene(root, size, size, true, SceneAntialiasing.BALANCED);
        sub.setId("globe-warm-up");
        sub.setFill(Color.web("#05070d"));
        sub.setCamera(camera);
        sub.setMouseTransparent(true);
        return sub;
    }

    /** A point of a ring tilted towards the viewer, in scene units. */
    private static void ring(float[] p, double angle, float r) {
        double x = r * Math.cos(angle);
        double y = r * Math.sin(angle);
        p[0] = (float) x;
        p[1] = (float) (y * 0.35);
        p[2] = (float) (-y * 0.94);
    }
}
