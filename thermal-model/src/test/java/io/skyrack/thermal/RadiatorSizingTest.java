package io.skyrack.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RadiatorSizingTest {

    private static final double NADIR_VIEW = Math.pow(TestTiles.EARTH_RADIUS / (TestTiles.EARTH_RADIUS + 550e3), 2);

    /** Sized area, used: the hottest junction sits at its limit. Loads: 2 × Orin NX at 15 or 25 W, 2 × 60 W. */
    @ParameterizedTest
    @CsvSource({"15, 0.0, 0.0", "25, 0.0, 0.0", "25, 0.0, 1.0", "60, 0.2, 1.0"})
    void sizedAreaPutsTheJunctionAtItsLimit(double modeW, double viewSolar, double albedoFactor) {
        GpuGroup gpu = new GpuGroup(2, new double[] {modeW}, 0, Double.NaN, 0.3, 372.15, Double.NaN);
        TileThermalSpec spec = TestTiles.walkerTile().withGpus(List.of(gpu));
        RadiatorSizing.HotCase hot = RadiatorSizing.hotCase(0.0, viewSolar, NADIR_VIEW * albedoFactor, albedoFactor);
        RadiatorSizing.Sizing sizing = new RadiatorSizing().size(spec, hot.environment(), hot.condition());
        assertTrue(sizing.findings().isEmpty());
        double area = sizing.requiredArea();
        assertTrue(area > 0.0 && area < 10.0, "area " + area);
        SteadyState atSize = new SteadyStateSolver().solve(spec.withRadiatorArea(area), hot.environment(),
                hot.condition());
        assertEquals(372.15, atSize.maxJunctionK(), 0.1);
        // 5 % less area runs hot, 5 % more runs cool
        double smaller = new SteadyStateSolver().solve(spec.withRadiatorArea(0.95 * area), hot.environment(),
                hot.condition()).maxJunctionK();
        double larger = new SteadyStateSolver().solve(spec.withRadiatorArea(1.05 * area), hot.environment(),
                hot.condition()).maxJunctionK();
        assertTrue(smaller > 372.15 && larger < 372.15);
        System.out.printf("radiator sizing 2 × %.0f W, F_s=%.2f, albedo factor %.1f: %.4f m², junction %.4f K%n", modeW,
                viewSolar, albedoFactor, area, atSize.maxJunctionK());
    }

    @Test
    void noAreaSufficesWhenTheBoardCannotReachTheRadiator() {
        TileThermalSpec s = TestTiles.walkerTile();
        TileThermalSpec weak = TransientReferenceTest.withBoardToRadiator(s, 0.5);
        RadiatorSizing.HotCase hot = RadiatorSizing.hotCase(0.0, 0.0, 0.0, 0.0);
        assertEquals(Double.POSITIVE_INFINITY, new RadiatorSizing().size(weak, hot.environment(), hot.condition())
                .requiredArea(), 0.0);
    }

    @Test
    void noRadiatorIsNeededWhenTheLimitIsFarAway() {
        GpuGroup cool = new GpuGroup(1, new double[] {1.0}, 0, Double.NaN, 0.3, 600.0, Double.NaN);
        TileThermalSpec spec = TestTiles.walkerTile().withGpus(List.of(cool));
        RadiatorSizing.HotCase hot = RadiatorSizing.hotCase(0.0, 0.0, 0.0, 0.0);
        assertEquals(0.0, new RadiatorSizing().size(spec, hot.environment(), hot.condition()).requiredArea(), 0.0);
    }
}
