package io.skyrack.app.globe;

import io.skyrack.core.contacts.StationGeometry;
import io.skyrack.core.orbit.ConstellationOrbits;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.frames.Transform;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.OrbitType;
import org.orekit.time.AbsoluteDate;

/**
 * Everything the globe draws for a plan at its epoch, as plain arrays in scene units; computed off the FX
 * thread.
 *
 * @param earthRotation ITRF → EME2000 rotation at the epoch in scene axes, row-major 3×3
 * @param sunDirection unit vector towards the Sun in scene axes
 * @param constellations per-constellation geometry, in plan order
 * @param orbits every satellite's orbit at the epoch by name
 * @param stationNames ground-station names, in plan order
 * @param stationPositions x, y, z per ground station in Earth-fixed scene axes (scene units), on the ellipsoid
 */
public record GlobeGeometry(double[] earthRotation, double[] sunDirection, List<ConstellationGeometry> constellations,
                            Map<String, SatelliteOrbit> orbits, List<String> stationNames, float[] stationPositions) {

    /** Points per orbit ring. */
    static final int RING_POINTS = 160;
    /**
     * Points per ring for shells of many planes: 64 keep the chord within 0.13 scene units (0.3 px at the default
     * zoom) of a 550 km orbit, and 72 planes then cost 28,000 triangles instead of 69,000.
     */
    static final int DENSE_RING_POINTS = 64;

    /**
     * One constellation's satellites and rings.
     *
     * @param id constellation id
     * @param names satellite names, in the order of {@code positions}
     * @param positions x, y, z per satellite (scene units)
     * @param rings closed polylines, x, y, z per point (scene units)
     */
    public record ConstellationGeometry(String id, List<String> names, float[] positions, List<float[]> rings) {
    }

    /**
     * @param plan a valid plan
     * @param orekit data context
     * @return the geometry at the plan epoch
     */
    public static GlobeGeometry compute(Plan plan, OrekitContext orekit) {
        AbsoluteDate epoch = orekit.date(plan.epoch());
        Transform t = orekit.itrf().getTransformTo(orekit.eme2000(), epoch);
        // columns: the Earth-fixed axes expressed in EME2000
        Vector3D ex = t.transformVector(Vector3D.PLUS_I);
        Vector3D ey = t.transformVector(Vector3D.PLUS_J);
        Vector3D ez = t.transformVector(Vector3D.PLUS_K);
        double[][] m = {
            {ex.getX(), ey.getX(), ez.getX()},
            {ex.getY(), ey.getY(), ez.getY()},
            {ex.getZ(), ey.getZ(), ez.getZ()}};
        double[] rotation = SceneUnits.rotationToScene(m);
        Vector3D sun = new AnalyticalSolarPositionProvider(orekit.dataContext())
                .getPosition(epoch, orekit.eme2000()).normalize();
        float[] s = new float[3];
        SceneUnits.toScene(sun.scalarMultiply(SceneUnits.METRES), s, 0);
        double[] sunDir = {s[0], s[1], s[2]};

        List<SatelliteOrbit> all = new ConstellationOrbits(orekit).build(plan);
        Map<String, SatelliteOrbit> byName = new LinkedHashMap<>();
        List<ConstellationGeometry> out = new ArrayList<>();
        for (int ci = 0; ci < plan.constellations().size(); ci++) {
            Constellation c = plan.constellations().get(ci);
            List<String> names = new ArrayList<>();
            List<SatelliteOrbit> members = new ArrayList<>();
            for (SatelliteOrbit so : all) {
                if (so.constellationIndex() == ci) {
                    members.add(so);
                    names.add(so.name());
                    byName.put(so.name(), so);
                }
            }
            float[] pos = new float[3 * members.size()];
            for (int i = 0; i < members.size(); i++) {
                SceneUnits.toScene(members.get(i).orbit().getPosition(), pos, 3 * i);
            }
            boolean byPlane = c instanceof WalkerConstellationSpec || c instanceof SunSynchronousSpec;
            out.add(new ConstellationGeometry(c.id(), List.copyOf(names), pos, rings(members, byPlane)));
        }
        List<String> stationNames = new ArrayList<>();
        float[] stations = new float[3 * plan.groundStations().size()];
        for (int i = 0; i < plan.groundStations().size(); i++) {
            StationGeometry sg = StationGeometry.of(plan.groundStations().get(i));
            stationNames.add(sg.station().name());
            SceneUnits.toScene(sg.x(), sg.y(), sg.z(), stations, 3 * i);
        }
        return new GlobeGeometry(rotation, sunDir, List.copyOf(out), Map.copyOf(byName), List.copyOf(stationNames),
                stations);
    }

    /** One ring per distinct orbit plane: plane index for patterns, rounded elements otherwise. */
    private static List<float[]> rings(List<SatelliteOrbit> members, boolean byPlane) {
        Map<String, Orbit> planes = new LinkedHashMap<>();
        for (SatelliteOrbit so : members) {
            KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(so.orbit());
            String key = !byPlane
                    ? String.format(Locale.ROOT, "%.1f/%.1f/%.0f/%.2f", Math.toDegrees(k.getI()),
                    Math.toDegrees(norm(k.getRightAscensionOfAscendingNode())), k.getA() / 10_000, k.getE())
                    : "plane-" + so.plane();
            planes.putIfAbsent(key, so.orbit());
        }
        List<float[]> rings = new ArrayList<>();
        int points = planes.size() > 24 ? DENSE_RING_POINTS : RING_POINTS;
        for (Orbit o : planes.values()) {
            double period = o.getKeplerianPeriod();
            float[] ring = new float[3 * points];
            for (int i = 0; i < points; i++) {
                SceneUnits.toScene(o.shiftedBy(period * i / points).getPosition(), ring, 3 * i);
            }
            rings.add(ring);
        }
        return rings;
    }

    private static double norm(double angle) {
        double r = angle % (2 * Math.PI);
        return r < 0 ? r + 2 * Math.PI : r;
    }
}
