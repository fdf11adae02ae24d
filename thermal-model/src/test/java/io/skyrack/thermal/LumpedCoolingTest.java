package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lumped body radiating to space in eclipse: t = m c / (3 ε σ A) · (T⁻³ − T₀⁻³). */
class LumpedCoolingTest {

    @ParameterizedTest
    @CsvSource({"350, 10000, 10", "300, 4000, 30", "400, 20000, 5"})
    void coolsAsTheClosedForm(double t0, double mc, double dt) {
        // all heat capacity on the board, massless faces tied to it: one lumped body with εA = 0.8 + 0.9
        TileThermalSpec body = new TileThermalSpec(1.0, 1.0, new TileThermalSpec.FaceOptics(0.88, 0.80),
                new TileThermalSpec.FaceOptics(0.12, 0.90), new TileThermalSpec.HeatCapacities(0.0, mc, 0.0),
                new TileThermalSpec.Conductances(1e7, 1e7), new TileThermalSpec.SolarCells(0.30, -0.0022, 0.03, 0.9),
                0.97, 0.95, 0.0, List.of(), Battery.NONE);
        int samples = (int) Math.round(7200 / dt) + 1;
        OrbitThermalInputs in = OrbitThermalInputs.constant("body", samples, dt, SteadyCondition.eclipse(0.0, 0.0));
        TileThermalResult r = new PeriodicOrbitSolver().solveTransient(body, Environment.nominal(), in,
                new ThermalState(t0, t0, t0, 0.0));
        double k = 3.0 * 1.7 * TestTiles.SIGMA / mc;
        double worst = 0.0;
        for (int i = 0; i < samples; i++) {
            double exact = Math.pow(Math.pow(t0, -3) + k * in.time()[i], -1.0 / 3.0);
            worst = Math.max(worst, Math.abs(r.boardK(i) - exact));
        }
        // second-order scheme: about 0.001 K at 10 s steps, 0.018 K at 30 s
        assertEquals(0.0, worst, 0.02);
        System.out.printf("lumped cooling T0=%.0f K mc=%.0f J/K dt=%.0f s: max error %.2e K, T(2h)=%.2f K%n", t0, mc,
                dt, worst, r.boardK(samples - 1));
    }
}
