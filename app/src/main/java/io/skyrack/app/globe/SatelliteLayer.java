package io.skyrack.app.globe;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.PickResult;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;

/**
 * One constellation's satellites as one mesh of small camera-facing diamonds whose points are rewritten each frame,
 * coloured
 * by state through a per-satellite texture coordinate into a palette: sunlit, penumbra, umbra, and selected in
 * sunlight or in shadow. Markers keep one size on screen whatever their distance.
 */
final class SatelliteLayer {

    /** Palette entry of a sunlit satellite. */
    static final int LIT = 0;
    /** Palette entry of a satellite in penumbra. */
    static final int PENUMBRA = 1;
    /** Palette entry of a satellite in the Earth's umbra. */
    static final int UMBRA = 2;
    /** Palette entry of the selected satellite. */
    static final int SELECTED = 3;
    /** Palette entry of the selected satellite in the Earth's shadow. */
    static final int SELECTED_IN_SHADOW = 4;
    private static final int PALETTE_SIZE = 5;
    private static final Color SELECTED_COLOUR = Color.web("#fff176");
    private static final Color SELECTED_SHADOW_COLOUR = Color.web("#9e8f2e");

    private final String constellationId;
    private final List<String> names;
    private final MeshView view;
    private final TriangleMesh mesh;
    private final float[] points;
    private final float[] tex;
    private final float[] centres;
    private final double markerPixels;

    /**
     * @param c the constellation
     * @param colour colour of its sunlit satellites
     */
    SatelliteLayer(GlobeGeometry.ConstellationGeometry c, Color colour) {
        constellationId = c.id();
        names = c.names();
        int n = names.size();
        mesh = MeshBuilders.markers(n);
        points = new float[n * MeshBuilders.MARKER_VERTICES * 3];
        tex = new float[2 * n];
        centres = new float[3 * n];
        // fewer satellites, larger markers: ten satellites should be seen, 1,584 should not hide the Earth
        markerPixels = n <= 100 ? 4.0 : n <= 600 ? 3.0 : 2.2;
        view = new MeshView(mesh);
        view.setId("globe-satellites-" + c.id());
        view.setUserData(names);
        view.setCullFace(CullFace.NONE);
        view.setMaterial(material(colour));
        for (int i = 0; i < n; i++) {
            tex[2 * i] = paletteU(LIT, PALETTE_SIZE);
            tex[2 * i + 1] = 0.5f;
        }
        mesh.getTexCoords().set(0, tex, 0, tex.length);
    }

    /**
     * @param colour colour of the sunlit satellites
     * @return the markers' material: a palette of the sunlit, penumbra, umbra and selected colours
     */
    static PhongMaterial material(Color colour) {
        PhongMaterial m = new PhongMaterial(Color.WHITE);
        // in the shadow: greyed and dimmed, plainly not the sunlit colour, yet still seen against space
        m.setDiffuseMap(palette(colour, colour.deriveColor(0, 0.45, 0.7, 1), colour.deriveColor(0, 0.12, 0.5, 1),
                SELECTED_COLOUR, SELECTED_SHADOW_COLOUR));
        m.setSpecularColor(Color.BLACK);
        return m;
    }

    /** @return the mesh view */
    MeshView view() {
        return view;
    }

    /** @return the constellation id */
    String constellationId() {
        return constellationId;
    }

    /** @return satellite names, in marker order */
    List<String> names() {
        return names;
    }

    /** @return x, y, z of each marker as last drawn (scene units); do not modify */
    float[] centres() {
        return centres;
    }

    /**
     * Moves and recolours the markers.
     *
     * @param positions x, y, z per satellite (scene units)
     * @param index position index of each marker in {@code positions}, or null when marker {@code i} is entry
     *              {@code i}
     * @param illumination visible fraction of the Sun per position index, or null for all sunlit
     * @param eye camera position (scene units)
     * @param right unit vector to the camera's right (scene axes)
     * @param up unit vector along the camera's vertical (scene axes)
     * @param unitsPerPixelPerUnit scene units per pixel at unit distance from the eye
     * @param selected marker index of the selected satellite, or −1
     */
    void update(float[] positions, int[] index, float[] illumination, double[] eye, double[] right, double[] up,
                double unitsPerPixelPerUnit, int selected) {
        boolean recoloured = false;
        int n = names.size();
        for (int i = 0; i < n; i++) {
            int g = index == null ? i : index[i];
            float x = positions[3 * g];
            float y = positions[3 * g + 1];
            float z = positions[3 * g + 2];
            centres[3 * i] = x;
            centres[3 * i + 1] = y;
            centres[3 * i + 2] = z;
            double dx = x - eye[0];
            double dy = y - eye[1];
            double dz = z - eye[2];
            double pixels = i == selected ? 1.7 * markerPixels : markerPixels;
            // behind the Earth: collapsed to a point, which the rasteriser drops at once
            float r = CameraMath.occluded(eye, x, y, z, GlobeScene.OCCLUDER_RADIUS) ? 0f
                    : (float) (pixels * unitsPerPixelPerUnit * Math.sqrt(dx * dx + dy * dy + dz * dz));
            MeshBuilders.writeMarker(points, i, x, y, z, r, right, up);
            int state = illumination == null ? LIT : state(illumination[g]);
            if (i == selected) {
                state = state == LIT ? SELECTED : SELECTED_IN_SHADOW;
            }
            float u = paletteU(state, PALETTE_SIZE);
            if (tex[2 * i] != u) {
                tex[2 * i] = u;
                recoloured = true;
            }
        }
        mesh.getPoints().set(0, points, 0, points.length);
        if (recoloured) {
            mesh.getTexCoords().set(0, tex, 0, tex.length);
        }
    }

    /**
     * @param illumination visible fraction of the solar disk (0–1)
     * @return {@link #LIT}, {@link #PENUMBRA} or {@link #UMBRA}
     */
    static int state(float illumination) {
        return illumination >= 0.999f ? LIT : illumination <= 0.001f ? UMBRA : PENUMBRA;
    }

    /**
     * @param colours palette colours
     * @return an image of the colours side by side, four pixels each (so that filtering never mixes them)
     */
    static Image palette(Color... colours) {
        WritableImage img = new WritableImage(4 * colours.length, 1);
        PixelWriter w = img.getPixelWriter();
        for (int i = 0; i < colours.length; i++) {
            for (int p = 0; p < 4; p++) {
                w.setColor(4 * i + p, 0, colours[i]);
            }
        }
        return img;
    }

    /**
     * @param entry palette entry
     * @param size palette size
     * @return the texture u coordinate of the middle of the entry
     */
    static float paletteU(int entry, int size) {
        return (4f * entry + 2f) / (4f * size);
    }

    // ------------------------------------------------------------------ picking

    /**
     * @param layers the constellations' layers
     * @param pick a pick on the scene
     * @return the satellite whose marker face was picked, as {name, constellation id}, or null
     */
    static String[] picked(List<SatelliteLayer> layers, PickResult pick) {
        Node n = pick == null ? null : pick.getIntersectedNode();
        for (SatelliteLayer l : layers) {
            if (l.view == n && pick.getIntersectedFace() >= 0) {
                int i = MeshBuilders.markerOfFace(pick.getIntersectedFace());
                return i < l.names.size() ? new String[] {l.names.get(i), l.constellationId} : null;
            }
        }
        return null;
    }

    /**
     * The satellite drawn nearest a viewport point among those the Earth does not hide: markers are a few pixels
     * wide, so a click beside one still finds it.
     *
     * @param layers the constellations' layers
     * @param cameraToScene the camera's local → scene transform, row-major 3×4
     * @param fieldOfViewDeg vertical field of view (deg)
     * @param width viewport width (px)
     * @param height viewport height (px)
     * @param x viewport x (px)
     * @param y viewport y (px)
     * @param maxPixels largest distance accepted (px)
     * @return {name, constellation id}, or null when none is that close
     */
    static String[] nearest(List<SatelliteLayer> layers, double[] cameraToScene, double fieldOfViewDeg, double width,
                            double height, double x, double y, double maxPixels) {
        double[] eye = {cameraToScene[3], cameraToScene[7], cameraToScene[11]};
        double best = maxPixels * maxPixels;
        String[] hit = null;
        double[] p = new double[2];
        for (SatelliteLayer l : layers) {
            float[] c = l.centres;
            for (int i = 0; i < l.names.size(); i++) {
                if (!CameraMath.project(cameraToScene, fieldOfViewDeg, width, height, c[3 * i], c[3 * i + 1],
                        c[3 * i + 2], p)) {
                    continue;
                }
                double d = (p[0] - x) * (p[0] - x) + (p[1] - y) * (p[1] - y);
                if (d < best && !CameraMath.occluded(eye, c[3 * i], c[3 * i + 1], c[3 * i + 2],
                        GlobeScene.OCCLUDER_RADIUS)) {
                    best = d;
                    hit = new String[] {l.names.get(i), l.constellationId};
                }
            }
        }
        return hit;
    }
}
