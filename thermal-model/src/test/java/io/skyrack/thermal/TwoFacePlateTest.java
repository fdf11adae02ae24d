package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sun-normal plate with two faces: T = (α S / (σ (ε₁ + ε₂)))^¼ when the plate is isothermal. */
class TwoFacePlateTest {

    private static final Environment NO_EARTH = new Environment(1361.0, 0.30, 237.0, 0.0);
    private static final SteadyCondition SUN_NORMAL = SteadyCondition.sunOnSolarFace(0.0, 0.0, 0.0);

    /** GaAs sun face, white-paint radiator, faces tied by very large conductances (an isothermal plate). */
    private static TileThermalSpec plate(boolean loaded) {
        return new TileThermalSpec(1.0, 1.0, new TileThermalSpec.FaceOptics(0.88, 0.80),
                new TileThermalSpec.FaceOptics(0.12, 0.90), new TileThermalSpec.HeatCapacities(2700, 5400, 3600),
                new TileThermalSpec.Conductances(1e6, 1e6), new TileThermalSpec.SolarCells(0.30, -0.0022, 0.03, 0.9),
                0.97, 0.95, loaded ? 8.0 : 0.0, loaded ? List.of(TestTiles.orinNx(2, 2)) : List.of(), Battery.NONE);
    }

    private static double expected() {
        return Math.pow(0.88 * 1361.0 / (TestTiles.SIGMA * (0.80 + 0.90)), 0.25);
    }

    @Test
    void closedFormIsTheDesignNotesFigure() {
        // DESIGN.md: ≈ 334 K for the GaAs / white-paint pair before Earth IR
        assertEquals(334.0, expected(), 0.5);
    }

    /** Electrical power leaves the sun face and is dissipated on the board: an isothermal plate does not care. */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void steadyStateMatchesClosedForm(boolean loaded) {
        SteadyState s = new SteadyStateSolver().solve(plate(loaded), NO_EARTH, SUN_NORMAL);
        assertTrue(s.findings().isEmpty(), s.findings().toString());
        System.out.printf("two-face plate (loaded %s): closed form %.4f K, steady %.4f / %.4f / %.4f K%n", loaded,
                expected(), s.solarFaceK(), s.boardK(), s.radiatorK());
        assertEquals(expected(), s.solarFaceK(), 0.1);
        assertEquals(expected(), s.boardK(), 0.1);
        assertEquals(expected(), s.radiatorK(), 0.1);
    }

    @Test
    void transientUnderConstantSunSettlesOnClosedForm() {
        OrbitThermalInputs in = OrbitThermalInputs.constant("plate", 2160, 10.0, SUN_NORMAL);
        TileThermalResult r = new PeriodicOrbitSolver().solveTransient(plate(true), NO_EARTH, in,
                new ThermalState(250.0, 250.0, 250.0, 0.0));
        int last = in.size() - 1;
        System.out.printf("two-face plate transient after 6 h: %.4f / %.4f K%n", r.solarFaceK(last),
                r.radiatorK(last));
        assertEquals(expected(), r.solarFaceK(last), 0.1);
        assertEquals(expected(), r.radiatorK(last), 0.1);
    }

    /** In a real TILE the converted power leaves the sun face (cooler) and heats the board (warmer). */
    @Test
    void convertedPowerMovesHeatFromSunFaceToBoard() {
        TileThermalSpec walker = TestTiles.walkerTile();
        SteadyState idle = new SteadyStateSolver().solve(walker.withGpus(List.of()), NO_EARTH, SUN_NORMAL);
        SteadyState busy = new SteadyStateSolver().solve(walker, NO_EARTH, SUN_NORMAL);
        assertTrue(busy.drawnW() > 60.0, "loads draw " + busy.drawnW());
        assertTrue(busy.boardK() > idle.boardK() + 1.0, "board " + idle.boardK() + " → " + busy.boardK());
        assertTrue(busy.solarFaceK() < idle.solarFaceK() + 0.5 * (busy.boardK() - idle.boardK()),
                "sun face " + idle.solarFaceK() + " → " + busy.solarFaceK());
        System.out.printf("walker TILE, sun normal, no Earth: idle %.2f / %.2f / %.2f K, loaded %.2f / %.2f / %.2f K%n",
                idle.solarFaceK(), idle.boardK(), idle.radiatorK(), busy.solarFaceK(), busy.boardK(), busy.radiatorK());
    }
}
