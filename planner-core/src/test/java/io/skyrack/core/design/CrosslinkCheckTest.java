package io.skyrack.core.design;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.EphemerisGridBuilder;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrosslinkCheckTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final CrosslinkCheck CHECK = new CrosslinkCheck(OREKIT);
    private static final double A = EarthConstants.EQUATORIAL_RADIUS + 550e3;
    private static final double MARGIN = 80e3;

    /** Two satellites on one circular equatorial orbit, {@code phase} apart, over two orbits at 60 s steps. */
    private static EphemerisGrid samePlane(double phase) {
        int steps = 200;
        double n = Math.sqrt(EarthConstants.MU / (A * A * A));
        double[][] inertial = new double[6][2 * steps];
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < steps; k++) {
                double u = n * 60.0 * k + s * phase;
                int i = s * steps + k;
                inertial[0][i] = A * Math.cos(u);
                inertial[1][i] = A * Math.sin(u);
                inertial[3][i] = -A * n * Math.sin(u);
                inertial[4][i] = A * n * Math.cos(u);
            }
        }
        return new EphemerisGrid(List.of("a", "b"), Instant.parse("2026-06-01T00:00:00Z"), 60.0, steps, inertial,
                new double[][] {new double[2 * steps], new double[2 * steps], new double[2 * steps]});
    }

    @ParameterizedTest
    @CsvSource({
        // phase (deg), reach (km), verdict; the chord clears 80 km above the equator up to 2 acos((R + 80 km)/a) = 42.7°
        "10, 5000, ALWAYS",
        "40, 5000, ALWAYS",
        "40, 4000, NEVER",
        "46, 9000, NEVER",
        "120, 20000, NEVER"})
    void samePlaneAtAPhaseHasTheClosedFormRangeAndSight(double phaseDeg, double reachKm, String verdict) {
        double phase = Math.toRadians(phaseDeg);
        CrosslinkCheck.Result r = CHECK.check(samePlane(phase), "a", "b", reachKm * 1e3, MARGIN);
        double chord = 2 * A * Math.sin(phase / 2);
        assertEquals(chord, r.minRange(), 1e-6);
        assertEquals(chord, r.maxRange(), 1e-6);
        boolean clear = A * Math.cos(phase / 2) - EarthConstants.EQUATORIAL_RADIUS >= MARGIN;
        assertEquals(clear ? 1.0 : 0.0, r.lineOfSightFraction(), 0.0);
        assertEquals(clear && chord <= reachKm * 1e3 ? 1.0 : 0.0, r.availableFraction(), 0.0);
        assertEquals(CrosslinkCheck.Verdict.valueOf(verdict), r.verdict());
    }

    @Test
    void planPairUsesThePolicyAndTheTerminalsAndTheGlobesGrid() {
        GpuCatalog catalog = GpuCatalog.builtIn();
        Plan plan = PlanFiles.parse(SamplePlans.text("sophia-tile-demo"), catalog).plan().orElseThrow();
        EphemerisGrid grid = new EphemerisGridBuilder(OREKIT).build(plan, ProgressMonitor.NONE);
        CrosslinkCheck.Result r = CHECK.check(plan, grid, "sophia-1", "sophia-2");
        // 0.8° apart on one circular orbit of 6903 km: 2 a sin(0.4°) = 96.4 km, J2 moves it by well under 2 km
        double chord = 2 * 6_903_137.0 * Math.sin(Math.toRadians(0.4));
        assertEquals(chord, r.minRange(), 2e3);
        assertEquals(chord, r.maxRange(), 2e3);
        assertEquals(1000e3, r.reach(), 1e-6);
        assertEquals(CrosslinkCheck.Verdict.ALWAYS, r.verdict());
        assertEquals(1.0, r.availableFraction(), 0.0);
        CrosslinkCheck.Result again = CHECK.check(plan, "sophia-1", "sophia-2", ProgressMonitor.NONE);
        assertEquals(r.minRange(), again.minRange(), 1e-9);
    }

    @Test
    void unknownOrSameSatellitesAreFindings() {
        EphemerisGrid grid = samePlane(0.1);
        CrosslinkCheck.Result r = CHECK.check(grid, "a", "nope", 1e6, MARGIN);
        assertEquals(CrosslinkCheck.Verdict.NOT_CHECKED, r.verdict());
        assertEquals("ref.satellite", r.findings().get(0).code());
        assertEquals("link.same-satellite", CHECK.check(grid, "a", "a", 1e6, MARGIN).findings().get(0).code());
        assertEquals("link.policy", CHECK.check(grid, "a", "b", Double.NaN, MARGIN).findings().get(0).code());
    }
}
