package io.skyrack.app.globe;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Affine;

/**
 * The ground stations: one mesh of camera-facing markers in Earth-fixed axes that turns with the Earth, and the
 * stations' positions in scene axes at the shown time, where contact lines start.
 */
final class StationLayer {

    private static final double STATION_PIXELS = 3.5;
    /** A hair above the ellipsoid, so that the markers never sink into the sphere's facets. */
    private static final float LIFT = 1.004f;

    private final Group group = new Group();
    private final Affine rotation = new Affine();
    private final double[] localRight = new double[3];
    private final double[] localUp = new double[3];
    private MeshView markers;
    private float[] fixed = new float[0];
    private float[] scene = new float[0];
    private float[] points = new float[0];

    StationLayer() {
        group.setId("globe-stations");
        group.getTransforms().add(rotation);
        group.setMouseTransparent(true);
    }

    /** @return the node holding the markers */
    Group node() {
        return group;
    }

    /**
     * @param g geometry whose stations to show, or null for none
     */
    void show(GlobeGeometry g) {
        group.getChildren().clear();
        markers = null;
        int n = g == null ? 0 : g.stationNames().size();
        fixed = new float[3 * n];
        for (int i = 0; i < 3 * n; i++) {
            fixed[i] = g.stationPositions()[i] * LIFT;
        }
        scene = new float[3 * n];
        points = new float[3 * n * MeshBuilders.MARKER_VERTICES];
        if (n > 0) {
            markers = new MeshView(MeshBuilders.markers(n));
            markers.setId("globe-station-markers");
            markers.setUserData(g.stationNames());
            markers.setCullFace(CullFace.NONE);
            markers.setMaterial(new PhongMaterial(Color.web("#ff5252")));
            group.getChildren().add(markers);
        }
    }

    /** @return x, y, z of each station in scene axes at the last update (scene units); do not modify */
    float[] scenePositions() {
        return scene;
    }

    /**
     * Turns the stations with the Earth and keeps their markers facing the camera at a fixed size on screen.
     *
     * @param earth Earth-fixed → scene rotation, row-major 3×3
     * @param eye camera position (scene units)
     * @param right unit vector to the camera's right (scene axes)
     * @param up unit vector along the camera's vertical (scene axes)
     * @param unitsPerPixelPerUnit scene units per pixel at unit distance from the eye
     */
    void update(double[] earth, double[] eye, double[] right, double[] up, double unitsPerPixelPerUnit) {
        rotation.setToTransform(earth[0], earth[1], earth[2], 0, earth[3], earth[4], earth[5], 0, earth[6], earth[7],
                earth[8], 0);
        for (int s = 0; 3 * s < fixed.length; s++) {
            float x = fixed[3 * s];
            float y = fixed[3 * s + 1];
            float z = fixed[3 * s + 2];
            scene[3 * s] = (float) (earth[0] * x + earth[1] * y + earth[2] * z);
            scene[3 * s + 1] = (float) (earth[3] * x + earth[4] * y + earth[5] * z);
            scene[3 * s + 2] = (float) (earth[6] * x + earth[7] * y + earth[8] * z);
        }
        if (markers == null) {
            return;
        }
        // the markers live in the Earth's turning frame: the camera's axes seen from there (Rᵀ · v)
        for (int i = 0; i < 3; i++) {
            localRight[i] = earth[i] * right[0] + earth[3 + i] * right[1] + earth[6 + i] * right[2];
            localUp[i] = earth[i] * up[0] + earth[3 + i] * up[1] + earth[6 + i] * up[2];
        }
        for (int s = 0; 3 * s < fixed.length; s++) {
            double dx = scene[3 * s] - eye[0];
            double dy = scene[3 * s + 1] - eye[1];
            double dz = scene[3 * s + 2] - eye[2];
            float r = (float) (STATION_PIXELS * unitsPerPixelPerUnit * Math.sqrt(dx * dx + dy * dy + dz * dz));
            MeshBuilders.writeMarker(points, s, fixed[3 * s], fixed[3 * s + 1], fixed[3 * s + 2], r, localRight,
                    localUp);
        }
        ((TriangleMesh) markers.getMesh()).getPoints().set(0, points, 0, points.length);
    }
}
