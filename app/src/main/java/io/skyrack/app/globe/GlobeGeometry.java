package io.skyrack.app.globe;

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
 */
public record GlobeGeometry(double[] earthRotation, double[] sunDirection, List<ConstellationGeometry> constellations,
                            Map<String, SatelliteOrbit> orbits) {

    /** Points per orbit ring. */
    static final int RING_POINTS = 160;

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
        return new GlobeGeometry(rotation, sunDir, List.copyOf(out), Map.copyOf(byName));
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
        for (Orbit o : planes.values()) {
            double period = o.getKeplerianPeriod();
            float[] ring = new float[3 * RING_POINTS];
            for (int i = 0; i < RING_POINTS; i++) {
                SceneUnits.toScene(o.shiftedBy(period * i / RING_POINTS).getPosition(), ring, 3 * i);
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
