package io.skyrack.core.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orbit.ConstellationOrbits;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.core.testing.ReferenceGrids;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.thermal.OrbitThermalInputs;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.ode.events.Action;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.events.NodeDetector;
import org.orekit.time.AbsoluteDate;
import org.junit.jupiter.api.Test;

class ThermalOrbitsTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final double[] POLE = {0, 0, 1};

    private static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), GpuCatalog.builtIn()).plan().orElseThrow();
    }

    @Test
    void draconicPeriodMatchesOrekitNodeDetector() {
        Plan plan = sample("sophia-tile-demo");
        double[] hint = {5700, 5700};
        ThermalOrbits orbits = ThermalOrbits.sample(OREKIT, plan, hint, POLE, ProgressMonitor.NONE);
        List<SatelliteOrbit> sats = new ConstellationOrbits(OREKIT).build(plan);
        for (int s = 0; s < sats.size(); s++) {
            Propagator p = ReferenceGrids.propagator(OREKIT, sats.get(s), ReferenceGrids.Model.ECKSTEIN_HECHLER_OSCULATING); // explicit elements are osculating
            List<AbsoluteDate> ascending = new ArrayList<>();
            p.addEventDetector(new NodeDetector(sats.get(s).orbit(), OREKIT.eme2000())
                    .withHandler((state, detector, increasing) -> {
                        if (increasing) {
                            ascending.add(state.getDate());
                        }
                        return Action.CONTINUE;
                    }));
            AbsoluteDate start = OREKIT.date(plan.window().start());
            p.propagate(start.shiftedBy(3 * 6000.0));
            ascending.removeIf(d -> d.durationFrom(start) < 0);
            double reference = ascending.get(1).durationFrom(ascending.get(0));
            // linear interpolation of z over 20 s steps near the node: far under a second
            assertEquals(reference, orbits.period(s), 0.05, "satellite " + s);
            assertEquals(Math.round(reference / orbits.step()), orbits.samples(s), 1);
        }
    }

    @Test
    void sunTrackingSolarFaceFacesTheSunInSunlight() {
        Plan plan = sample("sophia-tile-demo");
        ThermalOrbits orbits = ThermalOrbits.sample(OREKIT, plan, new double[] {5700, 5700}, POLE,
                ProgressMonitor.NONE);
        OrbitThermalInputs in = orbits.inputs(0, AttitudeMode.SUN_TRACKING, "t");
        assertEquals(orbits.samples(0), in.size());
        assertTrue(in.validate().isEmpty(), in.validate().toString());
        boolean sawEclipse = false;
        for (int k = 0; k < in.size(); k++) {
            assertEquals(1.0, in.sunZ()[k], 1e-9);
            // a sun-pointing flat plate: the two faces' Earth view factors sum to the sphere's total view
            // factor only when the Earth is edge-on; here each is at most the nadir-facing value
            assertTrue(in.earthViewSolarFace()[k] >= 0 && in.earthViewSolarFace()[k] <= 1);
            sawEclipse |= in.illumination()[k] == 0.0;
        }
        assertTrue(sawEclipse, "the June sophia orbit has eclipses");
    }

    @Test
    void nadirPointingPutsTheRadiatorOnTheEarth() {
        Plan plan = sample("sophia-tile-demo");
        ThermalOrbits orbits = ThermalOrbits.sample(OREKIT, plan, new double[] {5700, 5700}, POLE,
                ProgressMonitor.NONE);
        OrbitThermalInputs in = orbits.inputs(0, AttitudeMode.NADIR_POINTING, "t");
        for (int k = 0; k < in.size(); k++) {
            assertEquals(0.0, in.earthViewSolarFace()[k], 1e-12, "the zenith face cannot see the Earth");
            // plate facing the Earth's centre: F = (R / r)^2 (a = 6903 km, J2 short-period radius swings ~10 km,
            // altitude measured from the equatorial radius and the view from the mean radius)
            assertEquals(Math.pow(6_371_008.8 / 6_903_137.0, 2), in.earthViewRadiator()[k], 0.008);
        }
    }
}
