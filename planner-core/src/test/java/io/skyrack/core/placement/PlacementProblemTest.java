package io.skyrack.core.placement;

import static io.skyrack.core.placement.PlacementFixtures.gpu;
import static io.skyrack.core.placement.PlacementFixtures.line;
import static io.skyrack.core.placement.PlacementFixtures.workload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.skyrack.core.plan.Workload;
import io.skyrack.core.plan.Workload.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Structural checks of the inputs: bugs in the caller fail fast, with a message naming the culprit. */
class PlacementProblemTest {

    @Test
    void rejectsDuplicatesAndDanglingReferences() {
        PlacementProblem ok = line(List.of(workload("a", 1, 1)));
        List<GpuSlot> twice = List.of(ok.gpus().get(0), ok.gpus().get(0));
        assertThrows(IllegalArgumentException.class, () -> PlacementProblem.of(twice, ok.satellites(), ok.workloads(),
                ok.network()));
        List<GpuSlot> dangling = List.of(gpu("x", 7, 0, 0, 8, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> PlacementProblem.of(dangling, ok.satellites(),
                ok.workloads(), ok.network()));
        assertThrows(IllegalArgumentException.class, () -> PlacementProblem.of(ok.gpus(), ok.satellites(),
                List.of(workload("a", 1, 1), workload("a", 2, 2)), ok.network()));
        assertEquals(2, ok.satelliteIndex("sat-2"));
        assertEquals(-1, ok.satelliteIndex("sat-9"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void rejectsGpusOutOfRange(int which) {
        assertThrows(IllegalArgumentException.class, () -> {
            switch (which) {
                case 0 -> new GpuSlot("g", -1, 0, 0, "p", 1, 1, 1, 0, 1);
                case 1 -> new GpuSlot("g", 0, 0, 0, "p", 0, 1, 1, 0, 1);
                case 2 -> new GpuSlot("g", 0, 0, 0, "p", 1, Double.NaN, 1, 0, 1);
                case 3 -> new GpuSlot("g", 0, 0, 0, "p", 1, 1, 1, 2, 1);
                case 4 -> new GpuSlot("g", 0, 0, 0, "p", 1, 1, 1, 0, -1);
                default -> new GpuSlot(" ", 0, 0, 0, "p", 1, 1, 1, 0, 1);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void rejectsWorkloadsOutOfRange(int which) {
        DataSource any = DataSource.anySatellite();
        assertThrows(IllegalArgumentException.class, () -> {
            switch (which) {
                case 0 -> new PlacementWorkload("w", -1, 1, 1, 1, any, 0, 1, Optional.empty(), List.of());
                case 1 -> new PlacementWorkload("w", 1, 1, 0, 1, any, 0, 1, Optional.empty(), List.of());
                case 2 -> new PlacementWorkload("w", 1, 1, 1, Double.NaN, any, 0, 1, Optional.empty(), List.of());
                case 3 -> new PlacementWorkload("w", 1, 1, 1, 1, any, -1, 1, Optional.empty(), List.of());
                default -> new PlacementWorkload("w", 1, 1, 1, 1, any, 0, 0, Optional.empty(), List.of());
            }
        });
    }

    @Test
    void adaptsAPlanWorkload() {
        Workload w = new Workload("sar", "yolov8-sar", "registry/sar:1", 8L << 30, 50e12, 2, 0.02,
                DataSource.satellite("sat-1"), 200e6, 3, Optional.of("sat-1"), List.of("other"));
        PlacementWorkload p = PlacementWorkload.from(w);
        assertEquals(new PlacementWorkload("sar", 8L << 30, 50e12, 2, 0.02, DataSource.satellite("sat-1"), 200e6, 3,
                Optional.of("sat-1"), List.of("other")), p);
    }

    @Test
    void settingsNeedALimit() {
        assertThrows(IllegalArgumentException.class, () -> new PlacementSettings(0, Duration.ZERO, Duration.ZERO, 0));
        assertThrows(IllegalArgumentException.class, () -> new PlacementSettings(0, Duration.ofSeconds(-1),
                Duration.ZERO, 0));
        assertEquals(100, PlacementSettings.reproducible(1, 100).moveLimit());
    }
}
