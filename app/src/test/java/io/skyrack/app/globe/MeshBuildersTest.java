package io.skyrack.app.globe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.shape.TriangleMesh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeshBuildersTest {

    @Test
    void everyFaceOfAMarkerLeadsBackToItsSatellite() {
        int n = 1584;
        TriangleMesh mesh = MeshBuilders.markers(n);
        assertEquals(n * MeshBuilders.MARKER_FACES, mesh.getFaces().size() / mesh.getFaceElementSize());
        int[] faces = mesh.getFaces().toArray(null);
        int stride = mesh.getFaceElementSize();
        for (int face = 0; face < n * MeshBuilders.MARKER_FACES; face++) {
            int satellite = MeshBuilders.markerOfFace(face);
            for (int v = 0; v < 3; v++) {
                int point = faces[face * stride + 3 * v];
                int tex = faces[face * stride + 3 * v + 2];
                assertEquals(satellite, point / MeshBuilders.MARKER_VERTICES, "face " + face);
                assertEquals(satellite, tex, "face " + face + " colour");
            }
        }
    }

    /** A marker is a diamond across the line of sight: corners along the camera's right and up, about its centre. */
    @Test
    void aMarkerFacesTheCameraAroundItsCentre() {
        float[] points = new float[3 * MeshBuilders.MARKER_VERTICES * 3];
        double[] right = {0.6, 0.8, 0};
        double[] up = {0, 0, 1};
        MeshBuilders.writeMarker(points, 2, 10, -20, 30, 1.5f, right, up);
        int base = 3 * MeshBuilders.MARKER_VERTICES * 2;
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int v = 0; v < MeshBuilders.MARKER_VERTICES; v++) {
            double dx = points[base + 3 * v] - 10;
            double dy = points[base + 3 * v + 1] + 20;
            double dz = points[base + 3 * v + 2] - 30;
            assertEquals(1.5, Math.sqrt(dx * dx + dy * dy + dz * dz), 1e-6);
            // in the plane of right and up: no component along their normal (0.8, −0.6, 0)
            assertEquals(0, 0.8 * dx - 0.6 * dy, 1e-5);
            sx += points[base + 3 * v];
            sy += points[base + 3 * v + 1];
            sz += points[base + 3 * v + 2];
        }
        assertEquals(10, sx / MeshBuilders.MARKER_VERTICES, 1e-5);
        assertEquals(-20, sy / MeshBuilders.MARKER_VERTICES, 1e-5);
        assertEquals(30, sz / MeshBuilders.MARKER_VERTICES, 1e-5);
        for (int i = 0; i < base; i++) {
            assertEquals(0f, points[i], "other markers untouched");
        }
    }

    /** A quad lies along its line, its width across both the line and the line of sight, scaled by distance. */
    @ParameterizedTest
    @CsvSource({"0, 0, -500", "300, 200, -100", "0, -400, 10"})
    void aLineQuadFacesTheCameraWithAWidthThatGrowsWithDistance(double cx, double cy, double cz) {
        double[] eye = {cx, cy, cz};
        float[] a = {100, 10, 5};
        float[] b = {60, -70, 40};
        float[] points = new float[2 * MeshBuilders.QUAD_VERTICES * 3];
        MeshBuilders.writeQuad(points, 1, a[0], a[1], a[2], b[0], b[1], b[2], eye, 0.002);
        int p = MeshBuilders.QUAD_VERTICES * 3;
        double[] d = {b[0] - a[0], b[1] - a[1], b[2] - a[2]};
        double[] view = {(a[0] + b[0]) / 2 - cx, (a[1] + b[1]) / 2 - cy, (a[2] + b[2]) / 2 - cz};
        for (int end = 0; end < 2; end++) {
            float[] e = end == 0 ? a : b;
            double[] plus = {points[p + 6 * end] - e[0], points[p + 6 * end + 1] - e[1],
                points[p + 6 * end + 2] - e[2]};
            double[] minus = {points[p + 6 * end + 3] - e[0], points[p + 6 * end + 4] - e[1],
                points[p + 6 * end + 5] - e[2]};
            double distance = Math.sqrt((e[0] - cx) * (e[0] - cx) + (e[1] - cy) * (e[1] - cy)
                    + (e[2] - cz) * (e[2] - cz));
            assertEquals(0.002 * distance, norm(plus), 1e-4);
            for (int i = 0; i < 3; i++) {
                assertEquals(-plus[i], minus[i], 1e-4, "symmetric about the line");
            }
            assertEquals(0, dot(plus, d) / norm(d), 1e-4);
            assertEquals(0, dot(plus, view) / norm(view), 1e-4);
        }
    }

    @Test
    void aLineSeenEndOnCollapses() {
        float[] points = new float[MeshBuilders.QUAD_VERTICES * 3];
        java.util.Arrays.fill(points, 7f);
        MeshBuilders.writeQuad(points, 0, 0, 0, 10, 0, 0, 20, new double[] {0, 0, -100}, 0.01);
        for (float v : points) {
            assertEquals(0f, v);
        }
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
