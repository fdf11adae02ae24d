package io.skyrack.app.globe;

import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/** Builders of the merged meshes the globe draws: a textured sphere and thin tubes along polylines. */
final class MeshBuilders {

    private MeshBuilders() {
    }

    /**
     * A latitude/longitude sphere in Earth-fixed scene axes, textured with an equirectangular map
     * (u = (λ + 180°) / 360°, v = (90° − φ) / 180°).
     *
     * @param radius radius (scene units)
     * @param latSteps latitude bands
     * @param lonSteps longitude sectors
     * @return the mesh
     */
    static TriangleMesh sphere(float radius, int latSteps, int lonSteps) {
        // explicit outward normals: lighting then does not depend on the winding convention
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        float[] points = new float[3 * (latSteps + 1) * (lonSteps + 1)];
        float[] normals = new float[points.length];
        float[] tex = new float[2 * (latSteps + 1) * (lonSteps + 1)];
        int p = 0;
        int t = 0;
        for (int i = 0; i <= latSteps; i++) {
            double lat = Math.PI / 2 - Math.PI * i / latSteps;
            for (int j = 0; j <= lonSteps; j++) {
                double lon = -Math.PI + 2 * Math.PI * j / lonSteps;
                double x = Math.cos(lat) * Math.cos(lon);
                double y = Math.cos(lat) * Math.sin(lon);
                double z = Math.sin(lat);
                // Earth-fixed (x, y, z) -> scene (x, -z, y)
                normals[p] = (float) x;
                points[p++] = (float) (radius * x);
                normals[p] = (float) -z;
                points[p++] = (float) (-radius * z);
                normals[p] = (float) y;
                points[p++] = (float) (radius * y);
                tex[t++] = (float) j / lonSteps;
                tex[t++] = (float) i / latSteps;
            }
        }
        int[] faces = new int[18 * latSteps * lonSteps];
        int f = 0;
        int row = lonSteps + 1;
        for (int i = 0; i < latSteps; i++) {
            for (int j = 0; j < lonSteps; j++) {
                int a = i * row + j;
                int b = a + 1;
                int c = a + row;
                int d = c + 1;
                // wound so that the outside is the front face for JavaFX (checked on screen: with
                // CullFace.BACK the near hemisphere is drawn, not the inside of the far one)
                f = face3(faces, f, a, c, b);
                f = face3(faces, f, b, c, d);
            }
        }
        mesh.getPoints().setAll(points);
        mesh.getNormals().setAll(normals);
        mesh.getTexCoords().setAll(tex);
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    /** Writes one face of a point/normal/texcoord mesh whose three indices coincide per vertex. */
    private static int face3(int[] faces, int f, int v0, int v1, int v2) {
        for (int v : new int[] {v0, v1, v2}) {
            faces[f++] = v;
            faces[f++] = v;
            faces[f++] = v;
        }
        return f;
    }

    private static int face(int[] faces, int f, int v0, int v1, int v2) {
        faces[f++] = v0;
        faces[f++] = v0;
        faces[f++] = v1;
        faces[f++] = v1;
        faces[f++] = v2;
        faces[f++] = v2;
        return f;
    }

    /**
     * Thin triangular tubes along closed polylines, merged into one mesh so that many rings cost one node.
     *
     * @param rings closed polylines, x, y, z per point
     * @param width tube width (scene units)
     * @return the mesh
     */
    static TriangleMesh tubes(Iterable<float[]> rings, float width) {
        int segments = 0;
        for (float[] r : rings) {
            segments += r.length / 3;
        }
        float[] points = new float[segments * 3 * 3];
        int[] faces = new int[segments * 6 * 6];
        int p = 0;
        int f = 0;
        int base = 0;
        for (float[] r : rings) {
            int n = r.length / 3;
            int first = base;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double tx = r[3 * j] - r[3 * i];
                double ty = r[3 * j + 1] - r[3 * i + 1];
                double tz = r[3 * j + 2] - r[3 * i + 2];
                // two directions perpendicular to the tangent: radial and their cross product
                double rx = r[3 * i];
                double ry = r[3 * i + 1];
                double rz = r[3 * i + 2];
                double[] u = normalize(cross(tx, ty, tz, rx, ry, rz));
                double[] v = normalize(cross(tx, ty, tz, u[0], u[1], u[2]));
                for (int k = 0; k < 3; k++) {
                    double ang = 2 * Math.PI * k / 3;
                    double c = Math.cos(ang) * width / 2;
                    double s = Math.sin(ang) * width / 2;
                    points[p++] = (float) (rx + c * u[0] + s * v[0]);
                    points[p++] = (float) (ry + c * u[1] + s * v[1]);
                    points[p++] = (float) (rz + c * u[2] + s * v[2]);
                }
            }
            for (int i = 0; i < n; i++) {
                int a = first + 3 * i;
                int b = first + 3 * ((i + 1) % n);
                for (int k = 0; k < 3; k++) {
                    int k1 = (k + 1) % 3;
                    f = face(faces, f, a + k, b + k, a + k1);
                    f = face(faces, f, a + k1, b + k, b + k1);
                }
            }
            base += 3 * n;
        }
        TriangleMesh mesh = new TriangleMesh();
        mesh.getPoints().setAll(points);
        mesh.getTexCoords().setAll(0, 0);
        for (int i = 1; i < faces.length; i += 2) {
            faces[i] = 0;
        }
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    private static double[] cross(double ax, double ay, double az, double bx, double by, double bz) {
        return new double[] {ay * bz - az * by, az * bx - ax * bz, ax * by - ay * bx};
    }

    private static double[] normalize(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        if (n == 0) {
            return new double[] {1, 0, 0};
        }
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
