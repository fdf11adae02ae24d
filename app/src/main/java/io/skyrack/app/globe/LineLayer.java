package io.skyrack.app.globe;

import java.util.Arrays;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * Many straight lines as one mesh of camera-facing quads, rewritten each frame: crosslinks, contact lines, the Sun
 * ray. Capacity grows by doubling when a frame needs more lines than the mesh has quads; unused quads collapse to
 * a point and draw nothing, so the topology (faces) is only rebuilt on growth.
 */
final class LineLayer {

    private final MeshView view = new MeshView();
    private final int paletteSize;
    private TriangleMesh mesh;
    private float[] points = new float[0];
    private float[] tex = new float[0];
    private int capacity;
    private int count;
    private int drawn;
    private boolean recoloured;

    /**
     * @param id node id
     * @param colours line colours, chosen per line by palette entry
     */
    LineLayer(String id, Color... colours) {
        paletteSize = colours.length;
        view.setId(id);
        view.setCullFace(CullFace.NONE);
        view.setMouseTransparent(true);
        // one colour needs no texture, and a material without one is the cheaper shader
        PhongMaterial m = new PhongMaterial(colours.length == 1 ? colours[0] : Color.WHITE);
        if (colours.length > 1) {
            m.setDiffuseMap(SatelliteLayer.palette(colours));
        }
        m.setSpecularColor(Color.BLACK);
        view.setMaterial(m);
        ensureCapacity(1);
    }

    /** @return the mesh view */
    MeshView view() {
        return view;
    }

    /** @return number of quads the mesh has */
    int capacity() {
        return capacity;
    }

    /** @return number of lines drawn in the last frame */
    int drawn() {
        return drawn;
    }

    /**
     * Makes room for at least {@code n} lines, doubling the mesh when it is too small.
     *
     * @param n lines needed
     */
    void ensureCapacity(int n) {
        if (n <= capacity && mesh != null) {
            return;
        }
        int c = Math.max(n, Math.max(1, 2 * capacity));
        mesh = MeshBuilders.quads(c);
        points = new float[c * MeshBuilders.QUAD_VERTICES * 3];
        tex = new float[2 * c];
        Arrays.fill(tex, SatelliteLayer.paletteU(0, paletteSize));
        for (int j = 0; j < c; j++) {
            tex[2 * j + 1] = 0.5f;
        }
        mesh.getTexCoords().set(0, tex, 0, tex.length);
        capacity = c;
        drawn = 0;
        view.setMesh(mesh);
    }

    /** Starts a frame: no lines yet. */
    void begin() {
        count = 0;
        recoloured = false;
    }

    /**
     * Adds a line to the frame; lines past the capacity set before {@link #begin} are dropped.
     *
     * @param a positions holding end A at {@code ia}
     * @param ia index of A's x in {@code a}
     * @param b positions holding end B at {@code ib}
     * @param ib index of B's x in {@code b}
     * @param colour palette entry
     * @param eye camera position (scene units)
     * @param halfWidthPerDistance half-width over distance from the camera
     */
    void add(float[] a, int ia, float[] b, int ib, int colour, double[] eye, double halfWidthPerDistance) {
        if (count >= capacity) {
            return;
        }
        MeshBuilders.writeQuad(points, count, a[ia], a[ia + 1], a[ia + 2], b[ib], b[ib + 1], b[ib + 2], eye,
                halfWidthPerDistance);
        float u = SatelliteLayer.paletteU(colour, paletteSize);
        if (tex[2 * count] != u) {
            tex[2 * count] = u;
            recoloured = true;
        }
        count++;
    }

    /** Ends a frame: collapses the quads no longer used and hands the arrays to the mesh. */
    void end() {
        if (count < drawn) {
            Arrays.fill(points, count * MeshBuilders.QUAD_VERTICES * 3, drawn * MeshBuilders.QUAD_VERTICES * 3, 0f);
        }
        int used = Math.max(count, drawn) * MeshBuilders.QUAD_VERTICES * 3;
        if (used > 0) {
            mesh.getPoints().set(0, points, 0, used);
        }
        if (recoloured) {
            mesh.getTexCoords().set(0, tex, 0, tex.length);
        }
        drawn = count;
    }
}
