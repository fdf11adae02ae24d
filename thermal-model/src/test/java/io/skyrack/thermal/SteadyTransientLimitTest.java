package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Under constant inputs the transient solve, started far away, settles on the steady state. */
class SteadyTransientLimitTest {

    @ParameterizedTest
    @CsvSource({"1.0, 0.0, 0.85, 1.0", "1.0, 0.3, 0.2, 0.5", "0.0, 0.0, 0.85, 0.0"})
    void transientLongTimeLimitIsSteadyState(double illumination, double viewSolar, double viewRadiator,
                                             double albedoFactor) {
        TileThermalSpec spec = TestTiles.walkerTile();
        Environment env = Environment.nominal();
        SteadyCondition c = new SteadyCondition(0.0, 0.0, 1.0, illumination, viewSolar, viewRadiator, albedoFactor);
        // in eclipse the battery carries the loads: start it full and let the window end before it empties
        OrbitThermalInputs in = OrbitThermalInputs.constant("s", 2881, 10.0, c);
        TileThermalResult r = new PeriodicOrbitSolver().solveTransient(spec, env, in,
                new ThermalState(250.0, 260.0, 240.0, spec.battery().capacityJ()));
        SteadyState s = new SteadyStateSolver().solve(spec, env, c);
        int last = in.size() - 1;
        System.out.printf("steady vs transient (ι=%.0f): %.4f / %.4f / %.4f K vs %.4f / %.4f / %.4f K%n", illumination,
                s.solarFaceK(), s.boardK(), s.radiatorK(), r.solarFaceK(last), r.boardK(last),
                r.radiatorK(last));
        assertEquals(s.solarFaceK(), r.solarFaceK(last), 0.01);
        assertEquals(s.boardK(), r.boardK(last), 0.01);
        assertEquals(s.radiatorK(), r.radiatorK(last), 0.01);
        assertEquals(s.maxJunctionK(), r.junctionMaxK(last), 0.01);
    }
}
