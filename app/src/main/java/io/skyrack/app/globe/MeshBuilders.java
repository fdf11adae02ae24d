package io.skyrack.app.globe;

import java.util.Arrays;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.shape.VertexFormat;

/**
 * Builders of the merged meshes the globe draws: a textured sphere, and the fixed topology of many small markers
 * or line quads whose points are rewritten each frame.
 */
final class MeshBuilders {

    /** Vertices of one marker (a diamond facing the camera). */
    static final int MARKER_VERTICES = 4;
    /** Faces of one marker. */
    static final int MARKER_FACES = 2;
    /** Vertices of one line quad. */
    static final int QUAD_VERTICES = 4;
    /** Faces of one line quad. */
    static final int QUAD_FACES = 2;

    /** Diamond faces as corner triples; corners 0, 1 lie along the camera's right, 2, 3 along its up. */
    private static final int[] DIAMOND_FACES = {0, 2, 1, 0, 1, 3};

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

    /**
     * Topology of {@code count} markers in one mesh, each a diamond of two triangles that {@link #writeMarker}
     * turns to face the camera: marker {@code i} owns points {@code 4i…4i+3}, faces {@code 2i, 2i+1} and texture
     * coordinate {@code i} (so that one write recolours it). Two triangles a marker rather than a closed solid's
     * eight: with 1,584 satellites a software rasteriser feels every triangle.
     *
     * @param count number of markers
     * @return the mesh (points and texture coordinates all zero until written)
     */
    static TriangleMesh markers(int count) {
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        int[] faces = new int[count * MARKER_FACES * 9];
        int f = 0;
        for (int i = 0; i < count; i++) {
            for (int corner : DIAMOND_FACES) {
                faces[f++] = MARKER_VERTICES * i + corner;
                faces[f++] = 0;
                faces[f++] = i;
            }
        }
        mesh.getPoints().setAll(new float[count * MARKER_VERTICES * 3]);
        mesh.getNormals().setAll(0, 0, -1);
        mesh.getTexCoords().setAll(new float[count * 2]);
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    /**
     * Places marker {@code i} of a {@link #markers} mesh as a diamond across the line of sight.
     *
     * @param points the mesh's points
     * @param i marker index
     * @param x centre x (scene units)
     * @param y centre y
     * @param z centre z
     * @param r distance of the corners from the centre (scene units)
     * @param right unit vector to the camera's right, in the mesh's axes
     * @param up unit vector along the camera's vertical, in the mesh's axes
     */
    static void writeMarker(float[] points, int i, float x, float y, float z, float r, double[] right,
                            double[] up) {
        int p = 3 * MARKER_VERTICES * i;
        points[p++] = (float) (x + r * right[0]);
        points[p++] = (float) (y + r * right[1]);
        points[p++] = (float) (z + r * right[2]);
        points[p++] = (float) (x - r * right[0]);
        points[p++] = (float) (y - r * right[1]);
        points[p++] = (float) (z - r * right[2]);
        points[p++] = (float) (x + r * up[0]);
        points[p++] = (float) (y + r * up[1]);
        points[p++] = (float) (z + r * up[2]);
        points[p++] = (float) (x - r * up[0]);
        points[p++] = (float) (y - r * up[1]);
        points[p] = (float) (z - r * up[2]);
    }

    /**
     * @param face index of a face of a {@link #markers} mesh, as a pick reports it
     * @return the marker it belongs to
     */
    static int markerOfFace(int face) {
        return face / MARKER_FACES;
    }

    /**
     * Topology of {@code count} line quads in one mesh: quad {@code j} owns points {@code 4j…4j+3} (two per end),
     * faces {@code 2j, 2j+1} and texture coordinate {@code j}. A quad whose points coincide draws nothing.
     *
     * @param count number of quads
     * @return the mesh
     */
    static TriangleMesh quads(int count) {
        TriangleMesh mesh = new TriangleMesh(VertexFormat.POINT_NORMAL_TEXCOORD);
        int[] faces = new int[count * QUAD_FACES * 9];
        int f = 0;
        for (int j = 0; j < count; j++) {
            int a = QUAD_VERTICES * j;
            // corners: 0 = A + w, 1 = A − w, 2 = B + w, 3 = B − w
            for (int v : new int[] {a, a + 1, a + 2, a + 2, a + 1, a + 3}) {
                faces[f++] = v;
                faces[f++] = 0;
                faces[f++] = j;
            }
        }
        mesh.getPoints().setAll(new float[count * QUAD_VERTICES * 3]);
        mesh.getNormals().setAll(0, 0, -1);
        mesh.getTexCoords().setAll(new float[count * 2]);
        mesh.getFaces().setAll(faces);
        return mesh;
    }

    /**
     * Writes quad {@code j} of a {@link #quads} mesh as a ribbon from A to B that faces the camera: its width
     * direction is perpendicular to the line and to the line of sight, and its half-width at each end is
     * {@code halfWidthPerDistance} times that end's distance from the camera, so it keeps one width on screen.
     *
     * @param points the mesh's points
     * @param j quad index
     * @param ax end A x (scene units)
     * @param ay end A y
     * @param az end A z
     * @param bx end B x
     * @param by end B y
     * @param bz end B z
     * @param camera camera position x, y, z (scene units)
     * @param halfWidthPerDistance half-width over distance from the camera
     */
    static void writeQuad(float[] points, int j, float ax, float ay, float az, float bx, float by, float bz,
                          double[] camera, double halfWidthPerDistance) {
        double dx = bx - ax;
        double dy = by - ay;
        double dz = bz - az;
        // the line of sight to the middle of the line serves both ends
        double vx = (ax + bx) * 0.5 - camera[0];
        double vy = (ay + by) * 0.5 - camera[1];
        double vz = (az + bz) * 0.5 - camera[2];
        double wx = dy * vz - dz * vy;
        double wy = dz * vx - dx * vz;
        double wz = dx * vy - dy * vx;
        double n = Math.sqrt(wx * wx + wy * wy + wz * wz);
        int p = 3 * QUAD_VERTICES * j;
        if (n == 0) {
            Arrays.fill(points, p, p + 3 * QUAD_VERTICES, 0f);
            return;
        }
        wx /= n;
        wy /= n;
        wz /= n;
        double wa = halfWidthPerDistance * distance(ax, ay, az, camera);
        double wb = halfWidthPerDistance * distance(bx, by, bz, camera);
        points[p++] = (float) (ax + wa * wx);
        points[p++] = (float) (ay + wa * wy);
        points[p++] = (float) (az + wa * wz);
        points[p++] = (float) (ax - wa * wx);
        points[p++] = (float) (ay - wa * wy);
        points[p++] = (float) (az - wa * wz);
        points[p++] = (float) (bx + wb * wx);
        points[p++] = (float) (by + wb * wy);
        points[p++] = (float) (bz + wb * wz);
        points[p++] = (float) (bx - wb * wx);
        points[p++] = (float) (by - wb * wy);
        points[p] = (float) (bz - wb * wz);
    }

    private static double distance(double x, double y, double z, double[] c) {
        double dx = x - c[0];
        double dy = y - c[1];
        double dz = z - c[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
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
}
