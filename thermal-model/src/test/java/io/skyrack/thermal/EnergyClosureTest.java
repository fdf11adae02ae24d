package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Over one periodic orbit, heat absorbed from the environment equals heat emitted to space, plus the change of
 * stored heat and battery charge. Absorbed heat is recomputed here from the inputs, emitted heat from the
 * result's temperatures, both by the trapezoidal rule.
 */
class EnergyClosureTest {

    @ParameterizedTest
    @CsvSource({"0, true", "0, false", "45, true", "70, false"})
    void absorbedEqualsEmittedOverPeriodicOrbit(double betaDeg, boolean battery) {
        TileThermalSpec spec = battery ? TestTiles.walkerTile() : TestTiles.walkerTile().withBattery(Battery.NONE);
        Environment env = Environment.hot();
        OrbitThermalInputs in = TestTiles.circularOrbit("e", 550e3, betaDeg, 574);
        TileThermalResult r = new PeriodicOrbitSolver().solve(spec, env, in);
        assertTrue(r.summary().converged());
        int n = in.size();
        double dt = in.step();
        double absorbed = 0.0;
        double emitted = 0.0;
        for (int k = 0; k < n; k++) {
            int next = (k + 1) % n;
            absorbed += 0.5 * dt * (absorbed(spec, env, in, k) + absorbed(spec, env, in, next));
            emitted += 0.5 * dt * (emitted(spec, r, k) + emitted(spec, r, next));
        }
        // a periodic orbit stores nothing; the battery's net charge over the orbit is counted anyway
        double batteryNet = 0.0;
        for (int k = 0; k < n; k++) {
            batteryNet += (r.generatedW(k) - r.boardHeatW(k)) * dt;
        }
        double closure = (absorbed - emitted - batteryNet) / absorbed;
        System.out.printf("energy closure β=%.0f° battery=%s: absorbed %.4e J, emitted %.4e J, relative residual "
                + "%.2e (solver's own %.2e), %d orbits%n", betaDeg, battery, absorbed, emitted, closure,
                r.summary().energyResidual(), r.summary().orbits());
        assertEquals(0.0, closure, 1e-3);
        assertEquals(0.0, r.summary().energyResidual(), 1e-6);
    }

    private static double absorbed(TileThermalSpec s, Environment env, OrbitThermalInputs in, int k) {
        double sz = in.sunZ()[k];
        double direct = env.solarConstant() * in.illumination()[k];
        double albedo = env.solarConstant() * env.albedo() * in.albedoFactor()[k];
        double fs = in.earthViewSolarFace()[k];
        double fr = in.earthViewRadiator()[k];
        double solar = s.faceArea() * (s.solarFace().absorptivity() * (direct * Math.max(0, sz) + albedo * fs)
                + s.solarFace().emissivity() * env.olr() * fs);
        double radiator = s.radiatorArea() * (s.radiatorFace().absorptivity() * (direct * Math.max(0, -sz)
                + albedo * fr) + s.radiatorFace().emissivity() * env.olr() * fr);
        return solar + radiator;
    }

    private static double emitted(TileThermalSpec s, TileThermalResult r, int k) {
        return TestTiles.SIGMA * (s.solarFace().emissivity() * s.faceArea() * Math.pow(r.solarFaceK(k), 4)
                + s.radiatorFace().emissivity() * s.radiatorArea() * Math.pow(r.radiatorK(k), 4));
    }
}
