package io.skyrack.core.network;

import io.skyrack.core.orbit.ConstellationOrbits;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.frames.Frame;
import org.orekit.frames.StaticTransform;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.PVCoordinates;

/**
 * Ephemeris grids for the network tests, built here from Orekit (two-body motion of the plan's epoch orbits)
 * so that the tests do not depend on the orbit engine's grid builder.
 */
final class TestGrids {

    static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    private TestGrids() {
    }

    static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), CATALOG).plan().orElseThrow();
    }

    /** @return the plan's epoch orbits, in roster order */
    static List<SatelliteOrbit> orbits(Plan plan) {
        return new ConstellationOrbits(OREKIT).build(plan);
    }

    /**
     * @param plan the plan
     * @param start time of step 0
     * @param step time between steps (s)
     * @param steps number of steps
     * @return a grid of Keplerian motion from the plan's epoch orbits
     */
    static EphemerisGrid keplerian(Plan plan, Instant start, double step, int steps) {
        List<SatelliteOrbit> orbits = orbits(plan);
        int n = orbits.size();
        double[][] inertial = new double[6][n * steps];
        double[][] fixed = new double[3][n * steps];
        Frame eme = OREKIT.eme2000();
        Frame itrf = OREKIT.itrf();
        AbsoluteDate t0 = OREKIT.date(start);
        List<String> names = new ArrayList<>();
        for (SatelliteOrbit o : orbits) {
            names.add(o.name());
        }
        for (int k = 0; k < steps; k++) {
            AbsoluteDate date = t0.shiftedBy(k * step);
            StaticTransform toItrf = eme.getStaticTransformTo(itrf, date);
            for (int s = 0; s < n; s++) {
                SatelliteOrbit o = orbits.get(s);
                PVCoordinates pv = o.orbit().shiftedBy(date.durationFrom(o.orbit().getDate())).getPVCoordinates(eme);
                int i = s * steps + k;
                inertial[0][i] = pv.getPosition().getX();
                inertial[1][i] = pv.getPosition().getY();
                inertial[2][i] = pv.getPosition().getZ();
                inertial[3][i] = pv.getVelocity().getX();
                inertial[4][i] = pv.getVelocity().getY();
                inertial[5][i] = pv.getVelocity().getZ();
                Vector3D f = toItrf.transformPosition(pv.getPosition());
                fixed[0][i] = f.getX();
                fixed[1][i] = f.getY();
                fixed[2][i] = f.getZ();
            }
        }
        return new EphemerisGrid(names, start, step, steps, inertial, fixed);
    }

    /** @return Sun unit vectors per step of the grid, EME2000, from Orekit's analytical solar position */
    static double[][] sun(EphemerisGrid grid) {
        AnalyticalSolarPositionProvider provider = new AnalyticalSolarPositionProvider(OREKIT.dataContext());
        int steps = grid.stepCount();
        double[][] out = new double[3][steps];
        AbsoluteDate t0 = OREKIT.date(grid.start());
        for (int k = 0; k < steps; k++) {
            Vector3D s = provider.getPosition(t0.shiftedBy(grid.time(k)), OREKIT.eme2000()).normalize();
            out[0][k] = s.getX();
            out[1][k] = s.getY();
            out[2][k] = s.getZ();
        }
        return out;
    }
}
