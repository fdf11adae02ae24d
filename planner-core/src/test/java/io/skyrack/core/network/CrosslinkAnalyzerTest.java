package io.skyrack.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.network.SatellitePair.Origin;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;
import io.skyrack.core.progress.ProgressMonitor;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.orbits.Orbit;
import org.orekit.time.AbsoluteDate;

class CrosslinkAnalyzerTest {

    private static final CrosslinkAnalyzer ANALYZER = new CrosslinkAnalyzer(TestGrids.OREKIT);

    private static CrosslinkSchedule analyze(Plan plan, double step, int steps) {
        EphemerisGrid grid = TestGrids.keplerian(plan, plan.epoch(), step, steps);
        return ANALYZER.analyze(plan, grid, TestGrids.sun(grid), ProgressMonitor.NONE);
    }

    private static Plan withAttitude(Plan plan, AttitudeMode mode) {
        Constellation c = plan.constellations().get(0);
        SatelliteTemplate t = c.template();
        return plan.withConstellations(List.of(c.withTemplate(new SatelliteTemplate(t.busName(), t.busMass(),
                t.tileArray(), mode, t.terminals(), t.battery()))));
    }

    @Test
    void walkerDeltaSampleKeepsEveryPlusGridLinkAvailable() {
        Plan plan = TestGrids.sample("walker-1584");
        CrosslinkSchedule s = analyze(plan, 30.0, 3);
        assertEquals(3168, s.pairs().size());
        // in-plane neighbours 360/22° apart: a chord of 2 r sin(π/22), far below the 5,000 km range
        double chord = 2 * (6_378_137.0 + 550e3) * Math.sin(Math.PI / 22);
        for (int p = 0; p < s.pairs().size(); p++) {
            for (int k = 0; k < 3; k++) {
                assertTrue(s.isAvailable(p, k), s.pairs().get(p).toString());
            }
            if (s.pairs().get(p).origin() == Origin.PLUS_GRID_IN_PLANE) {
                assertEquals(chord, s.range(p, 1), 1.0);
                assertEquals(0.0, s.rangeRate(p, 1), 1e-3);
            }
        }
        assertEquals(3168, s.availablePairs(2).length);
        // the compressed links of each step: every pair, ascending, with its range and range rate
        for (int k = 0; k < 3; k++) {
            assertEquals(3168 * k, s.linkStart()[k]);
            for (int at = s.linkStart()[k]; at < s.linkStart()[k + 1]; at++) {
                int p = s.linkPairs()[at];
                assertEquals(at - 3168 * k, p);
                assertEquals(s.range(p, k), s.linkRanges()[at], 0.5);
                assertEquals(s.rangeRate(p, k), s.linkRangeRates()[at], 1e-3);
            }
        }
        // one window per pair spanning the whole grid
        assertEquals(3168, s.windows().size());
        assertTrue(s.windows().stream().allMatch(w -> w.start().equals(s.start())
                && w.end().equals(s.start().plusSeconds(60))));
        assertTrue(s.findings().isEmpty(), s.findings().toString());
    }

    @Test
    void rangeRateMatchesTheDerivativeOfTheRange() {
        Plan plan = TestGrids.sample("walker-1584");
        CrosslinkSchedule s = analyze(plan, 60.0, 2);
        List<SatelliteOrbit> orbits = TestGrids.orbits(plan);
        AbsoluteDate t0 = TestGrids.OREKIT.date(plan.epoch());
        for (int p = 0; p < s.pairs().size(); p += 97) {
            SatellitePair sp = s.pairs().get(p);
            double h = 0.5;
            double ahead = distance(orbits.get(sp.a()).orbit(), orbits.get(sp.b()).orbit(), t0.shiftedBy(60 + h));
            double behind = distance(orbits.get(sp.a()).orbit(), orbits.get(sp.b()).orbit(), t0.shiftedBy(60 - h));
            assertEquals((ahead - behind) / (2 * h), s.rangeRate(p, 1), 0.01, sp.toString());
            double now = distance(orbits.get(sp.a()).orbit(), orbits.get(sp.b()).orbit(), t0.shiftedBy(60));
            assertEquals(now, s.range(p, 1), 0.5, sp.toString());
        }
    }

    private static double distance(Orbit a, Orbit b, AbsoluteDate t) {
        return Vector3D.distance(a.shiftedBy(t.durationFrom(a.getDate())).getPosition(),
                b.shiftedBy(t.durationFrom(b.getDate())).getPosition());
    }

    @Test
    void nadirPointingSeesTheLeadingNeighbourAheadAndBelowTheHorizon() {
        // ten satellites 36° apart in one circular plane: the chord leaves 18° below the local horizontal
        Plan plan = withAttitude(TestGrids.sample("kepler-edge"), AttitudeMode.NADIR_POINTING);
        CrosslinkSchedule s = analyze(plan, 60.0, 2);
        int p = s.pairIndex("kepler-01", "kepler-02").orElseThrow();
        PointingAngles angles = s.pointing(p, 1);
        assertEquals(0.0, angles.azimuthA(), 1e-9);
        assertEquals(Math.toRadians(-18), angles.elevationA(), 1e-9);
        assertEquals(Math.PI, Math.abs(angles.azimuthB()), 1e-9);
        assertEquals(Math.toRadians(-18), angles.elevationB(), 1e-9);
    }

    @Test
    void sunTrackingBodyFrameIsRightHandedWithTheSolarFaceToTheSun() {
        Plan plan = TestGrids.sample("kepler-edge");
        EphemerisGrid grid = TestGrids.keplerian(plan, plan.epoch(), 600.0, 4);
        double[][] sun = TestGrids.sun(grid);
        double[] axes = new double[9];
        double[] fixedAtStart = new double[9];
        BodyFrames.axes(AttitudeMode.INERTIAL_FIXED, grid, 3, 0, sun, fixedAtStart);
        for (int k = 0; k < 4; k++) {
            BodyFrames.axes(AttitudeMode.SUN_TRACKING, grid, 3, k, sun, axes);
            Vector3D x = new Vector3D(axes[0], axes[1], axes[2]);
            Vector3D y = new Vector3D(axes[3], axes[4], axes[5]);
            Vector3D z = new Vector3D(axes[6], axes[7], axes[8]);
            assertEquals(0.0, Vector3D.crossProduct(x, y).subtract(z).getNorm(), 1e-12);
            assertEquals(1.0, x.getNorm(), 1e-12);
            assertEquals(-1.0, Vector3D.dotProduct(z, new Vector3D(sun[0][k], sun[1][k], sun[2][k])), 1e-12);
            double[] angles = new double[2];
            BodyFrames.angles(axes, sun[0][k], sun[1][k], sun[2][k], angles);
            assertEquals(Math.PI / 2, angles[1], 1e-9);
            double[] inertial = new double[9];
            BodyFrames.axes(AttitudeMode.INERTIAL_FIXED, grid, 3, k, sun, inertial);
            assertArrayEquals(fixedAtStart, inertial, 0.0);
            // geocentric Sun positions in metres give the same axes as unit vectors
            double au = 1.495978707e11;
            double[][] positions = {scaled(sun[0], au), scaled(sun[1], au), scaled(sun[2], au)};
            double[] fromPositions = new double[9];
            BodyFrames.axes(AttitudeMode.SUN_TRACKING, grid, 3, k, positions, fromPositions);
            assertArrayEquals(axes, fromPositions, 1e-12);
        }
    }

    private static double[] scaled(double[] v, double factor) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    @Test
    void sameInputsGiveTheSameSchedule() {
        Plan plan = TestGrids.sample("suncatcher-cluster");
        CrosslinkSchedule a = analyze(plan, 60.0, 8);
        CrosslinkSchedule b = analyze(plan, 60.0, 8);
        assertEquals(a.pairs(), b.pairs());
        assertEquals(a.windows(), b.windows());
        assertArrayEquals(a.linkStart(), b.linkStart());
        assertArrayEquals(a.linkPairs(), b.linkPairs());
        assertArrayEquals(a.linkRanges(), b.linkRanges());
        assertArrayEquals(a.linkRangeRates(), b.linkRangeRates());
        assertEquals(a.findings(), b.findings());
        for (int p = 0; p < a.pairs().size(); p++) {
            assertEquals(a.availability(p), b.availability(p));
        }
    }

    @Test
    void explicitConstellationUnderPlusGridIsReported() {
        Plan plan = TestGrids.sample("suncatcher-cluster").withCrosslinks(CrosslinkPolicy.plusGrid(5e3, 1e5));
        CrosslinkSchedule s = analyze(plan, 60.0, 2);
        assertTrue(s.pairs().isEmpty());
        assertTrue(s.windows().isEmpty());
        assertTrue(s.findings().stream().anyMatch(f -> f.code().equals("link.plus-grid-undefined")));
        assertEquals(1, s.findings().stream().filter(f -> f.code().equals("link.none")).count());
    }

    @Test
    void rejectsAGridOfAnotherPlan() {
        Plan plan = TestGrids.sample("kepler-edge");
        EphemerisGrid other = TestGrids.keplerian(TestGrids.sample("sophia-tile-demo"), plan.epoch(), 60.0, 2);
        assertThrows(IllegalArgumentException.class,
                () -> ANALYZER.analyze(plan, other, TestGrids.sun(other), ProgressMonitor.NONE));
    }

    @Test
    void sunTrackingSatellitesNeedTheSun() {
        Plan plan = TestGrids.sample("kepler-edge");
        EphemerisGrid grid = TestGrids.keplerian(plan, plan.epoch(), 60.0, 2);
        assertThrows(IllegalArgumentException.class, () -> ANALYZER.analyze(plan, grid, null, ProgressMonitor.NONE));
        Plan nadir = withAttitude(plan, AttitudeMode.NADIR_POINTING);
        assertEquals(10, ANALYZER.analyze(nadir, grid, null, ProgressMonitor.NONE).pairs().size());
    }

    @Test
    void stopsWhenCancelled() {
        Plan plan = TestGrids.sample("kepler-edge");
        EphemerisGrid grid = TestGrids.keplerian(plan, plan.epoch(), 60.0, 2);
        ProgressMonitor cancelled = new ProgressMonitor() {
            @Override
            public void progress(String stage, double fraction) {
                // ignored
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancellationException.class,
                () -> ANALYZER.analyze(plan, grid, TestGrids.sun(grid), cancelled));
    }
}
