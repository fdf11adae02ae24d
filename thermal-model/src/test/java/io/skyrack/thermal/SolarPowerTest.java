package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolarPowerTest {

    private static final TileThermalSpec TILE = TestTiles.walkerTile();

    /** 1361 W/m² × 1 m² × 0.9 packing × 30 % = 367.47 W at 28 °C, beginning of life. */
    @ParameterizedTest
    @CsvSource({"301.15, 0, 367.47", "351.15, 0, 327.0483", "301.15, 5, 315.5590", "251.15, 0, 407.8917"})
    void maximumPowerFollowsTemperatureAndDegradation(double cellK, double year, double expectedW) {
        Environment env = Environment.nominal().withMissionYear(year);
        // 50 K hotter: × (1 − 0.0022 × 50) = 0.89; five years: × 0.97⁵ = 0.858734
        assertEquals(expectedW, SolarPower.maximumPowerW(TILE, env, 1361.0, cellK), 1e-3);
    }

    @Test
    void temperatureFactorNeverGoesNegative() {
        assertEquals(0.0, SolarPower.temperatureFactor(TILE.cells(), 1000.0), 0.0);
    }

    /**
     * Without a battery, in full Sun, all drawn power goes through MPPT (0.97) and distribution (0.95): the
     * loads get 92.15 % of it (Sophia Space quotes 92 % to compute), the GPUs 50 of the 58 W.
     */
    @Test
    void computeShareIsTheChainEfficiencyTimesTheGpuShareOfLoads() {
        OrbitThermalInputs sun = OrbitThermalInputs.constant("s", 50, 30.0, SteadyCondition.sunOnSolarFace(0, 0, 0));
        TileThermalResult r = new PeriodicOrbitSolver().solve(TILE.withBattery(Battery.NONE), Environment.nominal(),
                sun);
        assertEquals(0.97 * 0.95, r.summary().loadShare(), 1e-9);
        assertEquals(0.97 * 0.95 * 50.0 / 58.0, r.summary().computeShare(), 1e-9);
        assertEquals(58.0 / (0.97 * 0.95), r.summary().averageGeneratedW(), 1e-9);
    }

    /** Cosine loss: the Sun 60° off the solar-face normal halves the power; behind the face, none. */
    @Test
    void cosineLossOfTheAttitude() {
        TileThermalSpec idle = TILE.withGpus(List.of()).withBattery(Battery.NONE);
        double[] at = new double[3];
        double c = Math.cos(Math.toRadians(60));
        EnvironmentLoads.at(idle, Environment.nominal(), Math.sin(Math.toRadians(60)), 0, c, 1, 0, 0, 0, at);
        assertEquals(1361.0 * 0.5, at[2], 1e-9);
        EnvironmentLoads.at(idle, Environment.nominal(), 0, 0, -1, 1, 0, 0, 0, at);
        assertEquals(0.0, at[2], 0.0);
        assertEquals(0.12 * 1361.0, at[1], 1e-9);
    }
}
