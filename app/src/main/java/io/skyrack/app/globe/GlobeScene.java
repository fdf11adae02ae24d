package io.skyrack.app.globe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.AmbientLight;
import javafx.scene.DirectionalLight;
import javafx.scene.Group;
import javafx.scene.image.Image;
import javafx.scene.input.PickResult;
import javafx.scene.paint.Color;
import javafx.scene.paint.PhongMaterial;
import javafx.scene.shape.CullFace;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.Sphere;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Affine;

/**
 * The globe's 3D content and how a frame updates it: the Earth turned to the shown time, ground stations on it,
 * each constellation's satellites and orbit rings, crosslinks, contact lines, and the Sun's light, marker and ray.
 * Every group of many things is one mesh; a frame rewrites point arrays and sets a few transforms.
 */
final class GlobeScene {

    /** Resource path of the Earth texture (Natural Earth, public domain; see assets/README.md). */
    static final String EARTH_TEXTURE = "/io/skyrack/app/earth/earth-4096x2048.png";
    /** The same map box-filtered to 1024 × 512 (make-earth-texture.mjs --preview): decoded in a tenth of the time,
     * it is on the globe for the first frames while the full texture decodes in the background. */
    static final String EARTH_TEXTURE_FIRST = "/io/skyrack/app/earth/earth-1024x512.png";

    static final Color SUN_COLOUR = Color.web("#ffd54f");
    private static final Color[] PALETTE = {
        Color.web("#4fc3f7"), Color.web("#ffb74d"), Color.web("#81c784"), Color.web("#e57373"), Color.web("#ba68c8"),
    };
    /** Link colours: rate classes from slowest (amber) to fastest (sea green), then the selected satellite's links. */
    private static final Color[] LINK_COLOURS = linkColours();
    private static final int LINK_SELECTED = GlobeTimeline.RATE_BINS;
    private static final double LINE_PIXELS = 1.1;
    private static final double SELECTED_LINE_PIXELS = 2.6;
    private static final double RING_PIXELS = 1.2;
    /**
     * Radius of the sphere taken to hide what is behind the Earth, a hair inside the drawn Earth: its facets lie
     * inside the true sphere by at most 0.15 scene units, so nothing past the limb is dropped.
     */
    static final double OCCLUDER_RADIUS = SceneUnits.PER_EARTH_RADIUS * 0.998;
    private static final double DENSE_RING_PIXELS = 0.9;
    /** Rings are re-faced when the view turns by more than 4° ... */
    private static final double RING_REFACE_COS = Math.cos(Math.toRadians(4));
    /** ... or zooms by more than 4 %. */
    private static final double RING_REFACE_ZOOM = 0.04;
    /**
     * Rings cull against a sphere of 0.9 Earth radii: seen 4° further round, a point hidden behind it is still
     * hidden behind the Earth, so a ring faced a few frames ago has no gap at the limb.
     */
    private static final double RING_OCCLUDER_RADIUS = SceneUnits.PER_EARTH_RADIUS * 0.9;
    private static final double SUN_MARKER_DISTANCE = 170;
    private static final double[] IDENTITY = {1, 0, 0, 0, 1, 0, 0, 0, 1};

    private final Group root = new Group();
    private final Image earthTexture;
    private final PhongMaterial earthMaterial;
    private final MeshView earth;
    private Image earthTextureFull;
    private final Affine earthRotation = new Affine();
    private final Group satellites = new Group();
    private final Group rings = new Group();
    private final StationLayer stations = new StationLayer();
    private final DirectionalLight sunLight;
    private final Sphere sunMarker = new Sphere(3.2, 24);
    private final LineLayer links = new LineLayer("globe-links", LINK_COLOURS);
    private final LineLayer contacts = new LineLayer("globe-contacts", Color.web("#69f0ae"));
    private final LineLayer sunRay = new LineLayer("globe-sun-ray", Color.web("#ffd54f"));
    /** The selected satellite's route to the ground: bright magenta, over the links and contact lines. */
    private final LineLayer route = new LineLayer("globe-route", Color.web("#ff4fd8"));
    private int routeHops = -1;
    private final List<SatelliteLayer> layers = new ArrayList<>();
    private final List<Affine> ringSpins = new ArrayList<>();
    private final List<LineLayer> ringLayers = new ArrayList<>();
    /** Per constellation: the eye (ring axes) and scale its rings were last faced to, {x, y, z, upp}. */
    private final List<double[]> ringEyes = new ArrayList<>();
    private final double[] spin = new double[9];
    private final double[] localEye = new double[3];
    private final double[] matrix = new double[9];
    private final double[] eye = new double[3];
    private final double[] right = new double[3];
    private final double[] up = new double[3];
    private final float[] sunEnds = new float[6];
    private GlobeGeometry geometry;
    private GlobeTimeline timeline;
    private GlobeFrame frame;
    private boolean[] satelliteHidden = new boolean[0];
    private int[] selectedMarker = new int[0];
    private String selected;
    private int eclipsed;

    GlobeScene() {
        earth = new MeshView(earthMesh(false));
        earth.setId("globe-earth");
        earth.setCullFace(CullFace.BACK);
        // nothing to pick on the Earth, and JavaFX re-picks under a resting pointer on every pulse that changes the
        // scene: 32,000 ray–triangle tests a frame saved (hidden satellites are collapsed, so they cannot be picked
        // through it)
        earth.setMouseTransparent(true);
        earthTexture = firstEarthTexture();
        earthMaterial = earthMaterial(earthTexture);
        earth.setMaterial(earthMaterial);
        Group earthGroup = new Group(earth);
        earthGroup.getTransforms().add(earthRotation);

        sunMarker.setMaterial(new PhongMaterial(SUN_COLOUR));
        sunMarker.setId("globe-sun");
        sunMarker.setMouseTransparent(true);

        List<javafx.scene.LightBase> lights = lights(earthGroup, satellites, rings, stations.node(), links.view(),
                contacts.view(), route.view(), sunRay.view(), sunMarker);
        sunLight = (DirectionalLight) lights.get(0);
        root.getChildren().addAll(earthGroup, stations.node(), rings, links.view(), contacts.view(), route.view(),
                sunRay.view(), satellites, sunMarker);
        root.getChildren().addAll(lights);
    }

    /**
     * @return the small Earth texture, one image for every globe and the start-up scene (JavaFX uploads an image to
     *     the graphics card once, however many materials use it); it loads in the background
     */
    static synchronized Image firstEarthTexture() {
        if (firstTexture == null || firstTexture.isError()) {
            firstTexture = new Image(Objects.requireNonNull(GlobeScene.class.getResource(EARTH_TEXTURE_FIRST))
                    .toExternalForm(), true);
        }
        return firstTexture;
    }

    private static Image firstTexture;

    /**
     * Latitude steps of the Earth's fine mesh (twice as many in longitude): 2° steps, facets under a quarter of a
     * pixel on a 3,000-pixel globe. The first mesh has a third of the steps (facets of about a third of a pixel on
     * the 500-pixel globe of the default view): the renderer builds a mesh's vertex buffers in Java on its first
     * frame, half a second for the fine one before that code is compiled, so the fine mesh replaces the first one
     * once start-up settles.
     */
    private static final int EARTH_LAT_STEPS = 90;
    private static TriangleMesh coarseEarth;
    private static TriangleMesh fineEarth;

    /**
     * @param fine the fine mesh rather than the first, coarse one
     * @return the Earth's mesh, one of each for every globe and the start-up scene (the renderer builds the vertex
     *     buffers once per mesh); never modified
     */
    static synchronized TriangleMesh earthMesh(boolean fine) {
        if (fine) {
            if (fineEarth == null) {
                fineEarth = MeshBuilders.sphere((float) SceneUnits.PER_EARTH_RADIUS, EARTH_LAT_STEPS,
                        2 * EARTH_LAT_STEPS);
            }
            return fineEarth;
        }
        if (coarseEarth == null) {
            coarseEarth = MeshBuilders.sphere((float) SceneUnits.PER_EARTH_RADIUS, EARTH_LAT_STEPS / 3,
                    2 * EARTH_LAT_STEPS / 3);
        }
        return coarseEarth;
    }

    /**
     * @param texture the Earth's map
     * @return the Earth's material: the map, lit by the Sun with a faint highlight
     */
    static PhongMaterial earthMaterial(Image texture) {
        PhongMaterial m = new PhongMaterial(Color.WHITE);
        m.setDiffuseMap(texture);
        m.setSpecularColor(Color.rgb(30, 30, 30));
        return m;
    }

    /**
     * Lights a scene as the globe is lit: a night-side ambient and the Sun on the Earth, a flat white ambient on the
     * markers and lines (which then show their own colours in sunlight and shadow alike).
     *
     * @param earth the Earth's group
     * @param flatlyLit the markers and lines
     * @return the lights, to add to the scene, and the Sun's light first
     */
    static List<javafx.scene.LightBase> lights(Group earth, javafx.scene.Node... flatlyLit) {
        DirectionalLight sun = new DirectionalLight(Color.rgb(255, 250, 240));
        AmbientLight night = new AmbientLight(Color.rgb(96, 102, 120));
        night.getScope().add(earth);
        sun.getScope().add(earth);
        AmbientLight flat = new AmbientLight(Color.WHITE);
        flat.getScope().addAll(flatlyLit);
        return List.of(sun, night, flat);
    }

    private static Color[] linkColours() {
        // muted, so that a +Grid lattice of thousands of links leaves the satellites and the Earth readable
        Color slow = Color.web("#a0662a");
        Color fast = Color.web("#2f8a6e");
        Color[] c = new Color[GlobeTimeline.RATE_BINS + 1];
        for (int i = 0; i < GlobeTimeline.RATE_BINS; i++) {
            c[i] = slow.interpolate(fast, i / (double) (GlobeTimeline.RATE_BINS - 1));
        }
        c[GlobeTimeline.RATE_BINS] = Color.web("#fff176");
        return c;
    }

    /** @return true once the Earth's texture has loaded (it loads in the background) */
    boolean earthTextureLoaded() {
        return earthTexture.getProgress() >= 1 && !earthTexture.isError();
    }

    /** @return true once the full-resolution texture has replaced the first one */
    boolean fullEarthTextureLoaded() {
        return earthTextureFull != null && earthTextureFull.getProgress() >= 1 && !earthTextureFull.isError();
    }

    /** @return true once the fine Earth mesh has replaced the first one */
    boolean fineEarthMesh() {
        return earth.getMesh() == earthMesh(true);
    }

    /**
     * Puts the fine Earth mesh in place of the first one and starts decoding the full-resolution texture in the
     * background (once), which replaces the first when done. Called when start-up has settled: decoding 4096 ×
     * 2048 pixels takes a core for a while.
     */
    void refineEarth() {
        if (earthTextureFull != null) {
            return;
        }
        earth.setMesh(earthMesh(true));
        earthTextureFull = new Image(Objects.requireNonNull(getClass().getResource(EARTH_TEXTURE)).toExternalForm(),
                true);
        Image full = earthTextureFull;
        full.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() >= 1 && !full.isError()) {
                earthMaterial.setDiffuseMap(full);
            }
        });
    }

    /** @return the scene graph's root */
    Group root() {
        return root;
    }

    /**
     * Shows a plan's geometry at its epoch (no timeline) or clears the scene.
     *
     * @param g geometry, or null
     */
    void show(GlobeGeometry g) {
        geometry = g;
        timeline = null;
        frame = null;
        satellites.getChildren().clear();
        rings.getChildren().clear();
        layers.clear();
        ringSpins.clear();
        ringLayers.clear();
        ringEyes.clear();
        selectedMarker = new int[0];
        links.begin();
        links.end();
        contacts.begin();
        contacts.end();
        route.begin();
        route.end();
        if (g == null) {
            stations.show(null);
            sunMarker.setVisible(false);
            return;
        }
        sunMarker.setVisible(true);
        for (int i = 0; i < g.constellations().size(); i++) {
            GlobeGeometry.ConstellationGeometry c = g.constellations().get(i);
            Color colour = PALETTE[i % PALETTE.length];
            SatelliteLayer layer = new SatelliteLayer(c, colour);
            layers.add(layer);
            satellites.getChildren().add(layer.view());
            // many planes: thinner, darker rings so the satellites stay readable
            boolean dense = c.rings().size() > 24;
            LineLayer ring = new LineLayer("globe-rings-" + c.id(), colour.deriveColor(0, 0.7, dense ? 0.42 : 0.6, 1));
            int segments = 0;
            for (float[] r : c.rings()) {
                segments += r.length / 3;
            }
            ring.ensureCapacity(segments);
            Affine spinTransform = new Affine();
            ring.view().getTransforms().add(spinTransform);
            ringSpins.add(spinTransform);
            ringLayers.add(ring);
            ringEyes.add(new double[4]);
            rings.getChildren().add(ring.view());
        }
        select(selected);
        stations.show(g);
    }

    /**
     * Animates the shown geometry with a timeline of the same satellites, or goes back to the epoch snapshot.
     *
     * @param t timeline, or null
     */
    void setTimeline(GlobeTimeline t) {
        timeline = t;
        frame = t == null ? null : t.newFrame();
        satelliteHidden = new boolean[t == null ? 0 : t.grid().satelliteCount()];
        if (t != null) {
            links.ensureCapacity(t.maxLinks());
            contacts.ensureCapacity(t.maxContacts());
            route.ensureCapacity(Math.min(t.grid().satelliteCount() + 1, 512));
        }
        links.begin();
        links.end();
        contacts.begin();
        contacts.end();
        route.begin();
        route.end();
    }

    /** @return the timeline animated, or null */
    GlobeTimeline timeline() {
        return timeline;
    }

    /** @return the geometry shown, or null */
    GlobeGeometry geometry() {
        return geometry;
    }

    /**
     * Highlights a satellite and its links from the next frame on.
     *
     * @param name satellite name, or null for none
     */
    void select(String name) {
        selected = name;
        selectedMarker = new int[layers.size()];
        for (int c = 0; c < layers.size(); c++) {
            selectedMarker[c] = name == null ? -1 : layers.get(c).names().indexOf(name);
        }
    }

    /**
     * Draws one frame.
     *
     * @param time seconds from the timeline's start (ignored without a timeline)
     * @param cameraToScene the camera's local → scene transform, row-major 3×4
     * @param unitsPerPixelPerUnit scene units per pixel at unit distance from the eye
     */
    void render(double time, double[] cameraToScene, double unitsPerPixelPerUnit) {
        GlobeGeometry g = geometry;
        if (g == null) {
            return;
        }
        for (int i = 0; i < 3; i++) {
            eye[i] = cameraToScene[4 * i + 3];
            right[i] = cameraToScene[4 * i];
            up[i] = cameraToScene[4 * i + 1];
        }
        double[] sun;
        if (frame != null) {
            timeline.frame(time, frame);
            System.arraycopy(frame.earth, 0, matrix, 0, 9);
            sun = frame.sun;
        } else {
            System.arraycopy(g.earthRotation(), 0, matrix, 0, 9);
            sun = g.sunDirection();
        }
        setAffine(earthRotation, matrix);
        // a directional light's direction is the way its light travels: from the Sun towards the Earth
        sunLight.setDirection(new javafx.geometry.Point3D(-sun[0], -sun[1], -sun[2]));
        sunMarker.setTranslateX(sun[0] * SUN_MARKER_DISTANCE);
        sunMarker.setTranslateY(sun[1] * SUN_MARKER_DISTANCE);
        sunMarker.setTranslateZ(sun[2] * SUN_MARKER_DISTANCE);
        renderSunRay(sun, eye, unitsPerPixelPerUnit);
        stations.update(matrix, eye, right, up, unitsPerPixelPerUnit);

        eclipsed = 0;
        int selectedGrid = -1;
        for (int c = 0; c < layers.size(); c++) {
            SatelliteLayer layer = layers.get(c);
            int sel = selectedMarker[c];
            if (frame != null) {
                int[] index = timeline.gridIndex(c);
                layer.update(frame.positions, index, frame.illumination, eye, right, up, unitsPerPixelPerUnit, sel);
                if (sel >= 0) {
                    selectedGrid = index[sel];
                }
            } else {
                layer.update(g.constellations().get(c).positions(), null, null, eye, right, up, unitsPerPixelPerUnit,
                        sel);
            }
            renderRings(c, frame == null ? 0 : frame.ringSpin[c], unitsPerPixelPerUnit);
        }
        if (frame != null) {
            for (float f : frame.illumination) {
                if (f < 0.5f) {
                    eclipsed++;
                }
            }
            renderLinks(selectedGrid, eye, unitsPerPixelPerUnit);
            renderContacts(eye, unitsPerPixelPerUnit);
            renderRoute(selectedGrid, eye, unitsPerPixelPerUnit);
        } else {
            routeHops = -1;
        }
    }

    /**
     * Rings as camera-facing ribbons turned by their plane's drift: a ribbon seen from its own turned frame, so the
     * eye goes into that frame (Sᵀ · eye) and the spin goes on the node. Rings do not move between frames, only the
     * view does, and a ribbon a few degrees off facing the camera looks the same (its width shrinks by the cosine):
     * they are re-faced only when the view has turned or zoomed by more than {@link #RING_REFACE_COS} or
     * {@link #RING_REFACE_ZOOM}, and cull against a smaller sphere so that no segment near the limb goes missing in
     * between.
     */
    private void renderRings(int c, double angle, double upp) {
        EarthRotation.compose(IDENTITY, angle, spin);
        setAffine(ringSpins.get(c), spin);
        for (int i = 0; i < 3; i++) {
            localEye[i] = spin[i] * eye[0] + spin[3 + i] * eye[1] + spin[6 + i] * eye[2];
        }
        double[] last = ringEyes.get(c);
        double d = norm(localEye);
        double d0 = norm(last);
        double cos = d0 == 0 ? -1 : (localEye[0] * last[0] + localEye[1] * last[1] + localEye[2] * last[2]) / (d * d0);
        if (cos > RING_REFACE_COS && Math.abs(d / d0 - 1) < RING_REFACE_ZOOM && upp == last[3]) {
            return;
        }
        System.arraycopy(localEye, 0, last, 0, 3);
        last[3] = upp;
        List<float[]> polylines = geometry.constellations().get(c).rings();
        double halfWidth = (polylines.size() > 24 ? DENSE_RING_PIXELS : RING_PIXELS) / 2 * upp;
        LineLayer ring = ringLayers.get(c);
        ring.begin();
        for (float[] r : polylines) {
            int n = r.length / 3;
            boolean firstHidden = ringHidden(localEye, r, 0);
            boolean previousHidden = firstHidden;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                boolean nextHidden = j == 0 ? firstHidden : ringHidden(localEye, r, 3 * j);
                if (!(previousHidden && nextHidden)) {
                    ring.add(r, 3 * i, r, 3 * j, 0, localEye, halfWidth);
                }
                previousHidden = nextHidden;
            }
        }
        ring.end();
    }

    private static boolean ringHidden(double[] eye, float[] p, int i) {
        return CameraMath.occluded(eye, p[i], p[i + 1], p[i + 2], RING_OCCLUDER_RADIUS);
    }

    private static double norm(double[] v) {
        return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    }

    /**
     * @return true when the Earth hides the point from the eye. What the Earth hides is convex (a segment from the
     *         eye to any point of a segment between two hidden points crosses the ball), so a line whose two ends
     *         are hidden is hidden all along and need not be drawn: from any viewpoint about a third of a shell is
     *         behind the Earth, and a software rasteriser pays for every triangle it is given, seen or not.
     */
    private static boolean hidden(double[] eye, float[] p, int i) {
        return CameraMath.occluded(eye, p[i], p[i + 1], p[i + 2], OCCLUDER_RADIUS);
    }

    private void renderLinks(int selectedGrid, double[] eye, double upp) {
        int k = frame.step;
        float[] p = frame.positions;
        for (int s = 0; s < satelliteHidden.length; s++) {
            satelliteHidden[s] = hidden(eye, p, 3 * s);
        }
        links.begin();
        for (int l = timeline.linkFrom(k); l < timeline.linkTo(k); l++) {
            int a = timeline.linkA(l);
            int b = timeline.linkB(l);
            if (satelliteHidden[a] && satelliteHidden[b]) {
                continue;
            }
            boolean mine = a == selectedGrid || b == selectedGrid;
            links.add(frame.positions, 3 * a, frame.positions, 3 * b, mine ? LINK_SELECTED : timeline.linkRateBin(l),
                    eye, (mine ? SELECTED_LINE_PIXELS : LINE_PIXELS) / 2 * upp);
        }
        links.end();
    }

    /** Draws the selected satellite's route to the ground at the frame's step (hidden ends included: a route is few lines). */
    private void renderRoute(int selectedGrid, double[] eye, double upp) {
        route.begin();
        routeHops = -1;
        if (selectedGrid >= 0) {
            int[] path = timeline.routeToGround(selectedGrid, frame.step);
            int n = timeline.satelliteCount();
            float[] at = stations.scenePositions();
            if (path.length >= 2) {
                routeHops = path.length - 1;
                int st = path[0] - n;
                if (st >= 0 && 3 * st + 2 < at.length) {
                    route.add(at, 3 * st, frame.positions, 3 * path[1], 0, eye, SELECTED_LINE_PIXELS / 2 * upp);
                }
                for (int i = 1; i + 1 < path.length; i++) {
                    route.add(frame.positions, 3 * path[i], frame.positions, 3 * path[i + 1], 0, eye,
                            SELECTED_LINE_PIXELS / 2 * upp);
                }
            }
        }
        route.end();
    }

    /** @return hops of the route drawn for the selected satellite in the last frame, −1 when none is drawn */
    int routeHops() {
        return routeHops;
    }

    private void renderContacts(double[] eye, double upp) {
        int k = frame.step;
        contacts.begin();
        for (int c = timeline.contactFrom(k); c < timeline.contactTo(k); c++) {
            int st = timeline.contactStation(c);
            float[] at = stations.scenePositions();
            if (3 * st + 2 < at.length) {
                contacts.add(at, 3 * st, frame.positions, 3 * timeline.contactSatellite(c), 0, eye,
                        LINE_PIXELS / 2 * upp);
            }
        }
        contacts.end();
    }

    private void renderSunRay(double[] sun, double[] eye, double upp) {
        double from = SceneUnits.PER_EARTH_RADIUS * 1.02;
        double to = SUN_MARKER_DISTANCE - 4;
        for (int i = 0; i < 3; i++) {
            sunEnds[i] = (float) (sun[i] * from);
            sunEnds[3 + i] = (float) (sun[i] * to);
        }
        sunRay.begin();
        sunRay.add(sunEnds, 0, sunEnds, 3, 0, eye, LINE_PIXELS / 2 * upp);
        sunRay.end();
    }

    private static void setAffine(Affine a, double[] r) {
        a.setToTransform(r[0], r[1], r[2], 0, r[3], r[4], r[5], 0, r[6], r[7], r[8], 0);
    }

    // ------------------------------------------------------------------ what is where

    /** @return satellites in umbra (illumination below one half) in the last frame */
    int eclipsedCount() {
        return eclipsed;
    }

    /** @return links available at the sample of the last frame (drawn or behind the Earth) */
    int linkCount() {
        return frame == null ? 0 : timeline.linkTo(frame.step) - timeline.linkFrom(frame.step);
    }

    /** @return station–satellite contacts at the sample of the last frame */
    int contactCount() {
        return frame == null ? 0 : timeline.contactTo(frame.step) - timeline.contactFrom(frame.step);
    }

    /**
     * @param pick a pick on the scene
     * @return the satellite picked, as {name, constellation id}, or null
     */
    String[] satelliteAt(PickResult pick) {
        return SatelliteLayer.picked(layers, pick);
    }

    /**
     * The visible satellite drawn nearest a viewport point.
     *
     * @param cameraToScene the camera's local → scene transform, row-major 3×4
     * @param fieldOfViewDeg vertical field of view (deg)
     * @param width viewport width (px)
     * @param height viewport height (px)
     * @param x viewport x (px)
     * @param y viewport y (px)
     * @param maxPixels largest distance accepted (px)
     * @return {name, constellation id}, or null when none is that close
     */
    String[] nearestSatellite(double[] cameraToScene, double fieldOfViewDeg, double width, double height, double x,
                              double y, double maxPixels) {
        return SatelliteLayer.nearest(layers, cameraToScene, fieldOfViewDeg, width, height, x, y, maxPixels);
    }

    /**
     * @param name satellite name
     * @param out receives its position as last drawn (scene units)
     * @return false when no satellite has that name
     */
    boolean positionOf(String name, double[] out) {
        for (SatelliteLayer l : layers) {
            int i = l.names().indexOf(name);
            if (i >= 0) {
                float[] c = l.centres();
                out[0] = c[3 * i];
                out[1] = c[3 * i + 1];
                out[2] = c[3 * i + 2];
                return true;
            }
        }
        return false;
    }

    /**
     * @param name satellite name
     * @param out receives the direction of its orbit normal (scene axes), from its velocity on the grid or, at
     *            the epoch, from its orbit
     * @return false when no satellite has that name
     */
    boolean orbitNormalOf(String name, double[] out) {
        if (timeline != null && frame != null) {
            int s = timeline.indexOf(name);
            if (s < 0) {
                return false;
            }
            var grid = timeline.grid();
            int k = Math.min(frame.step, grid.stepCount() - 1);
            int i = grid.index(s, k);
            double hx = grid.y()[i] * grid.vz()[i] - grid.z()[i] * grid.vy()[i];
            double hy = grid.z()[i] * grid.vx()[i] - grid.x()[i] * grid.vz()[i];
            double hz = grid.x()[i] * grid.vy()[i] - grid.y()[i] * grid.vx()[i];
            out[0] = hx;
            out[1] = -hz;
            out[2] = hy;
            return true;
        }
        var orbit = geometry == null ? null : geometry.orbits().get(name);
        if (orbit == null) {
            return false;
        }
        var h = orbit.orbit().getPVCoordinates().getMomentum();
        out[0] = h.getX();
        out[1] = -h.getZ();
        out[2] = h.getY();
        return true;
    }
}
