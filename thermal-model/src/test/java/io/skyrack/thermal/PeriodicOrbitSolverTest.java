package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodicOrbitSolverTest {

    /** A batch gives exactly the single-TILE results, in order, and one bad TILE does not spoil the others. */
    @Test
    void batchEqualsOneByOne() {
        TileThermalSpec spec = TestTiles.walkerTile();
        List<OrbitThermalInputs> tiles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tiles.add(TestTiles.circularOrbit("t" + i, 550e3, 5.0 * i, 300));
        }
        OrbitThermalInputs good = tiles.get(3);
        double[] badLight = good.illumination().clone();
        badLight[0] = 2.0;
        tiles.set(5, new OrbitThermalInputs("bad", good.time(), good.sunX(), good.sunY(), good.sunZ(), badLight,
                good.earthViewSolarFace(), good.earthViewRadiator(), good.albedoFactor()));
        PeriodicOrbitSolver solver = new PeriodicOrbitSolver();
        List<TileThermalResult> batch = solver.solveAll(spec, Environment.nominal(), tiles);
        assertEquals(tiles.size(), batch.size());
        for (int i = 0; i < tiles.size(); i++) {
            TileThermalResult one = solver.solve(spec, Environment.nominal(), tiles.get(i));
            assertEquals(tiles.get(i).tileId(), batch.get(i).tileId());
            TileThermalResult fromBatch = batch.get(i);
            assertArrayEquals(TestTiles.series(one, one::boardK), TestTiles.series(fromBatch, fromBatch::boardK), 0.0);
            assertArrayEquals(TestTiles.series(one, one::batteryChargeJ),
                    TestTiles.series(fromBatch, fromBatch::batteryChargeJ), 0.0);
            assertEquals(one.summary(), batch.get(i).summary());
        }
        assertFalse(batch.get(5).solved());
        assertEquals("illumination[0]", batch.get(5).findings().get(0).field());
        assertTrue(batch.get(6).solved());
    }

    /** A window that is not an orbit: the last sample ends it; nothing wraps around. */
    @Test
    void transientWindowEndsAtItsLastSample() {
        OrbitThermalInputs in = TestTiles.circularOrbit("w", 550e3, 0.0, 574);
        TileThermalResult r = new PeriodicOrbitSolver().solveTransient(TestTiles.walkerTile(), Environment.nominal(),
                in, new ThermalState(300.0, 300.0, 300.0, 3.6e6));
        assertTrue(r.solved());
        assertEquals(300.0, r.boardK(0), 0.0);
        assertEquals(3.6e6, r.batteryChargeJ(0), 0.0);
        assertEquals(1, r.summary().orbits());
        assertFalse(r.summary().converged(), "a window started off the periodic state does not close");
        TileThermalResult bad = new PeriodicOrbitSolver().solveTransient(TestTiles.walkerTile(), Environment.nominal(),
                in, new ThermalState(-1.0, 300.0, 300.0, 1e9));
        assertEquals(List.of("initial.solarFaceK", "initial.batteryChargeJ"),
                bad.findings().stream().map(ThermalFinding::field).toList());
    }
}
