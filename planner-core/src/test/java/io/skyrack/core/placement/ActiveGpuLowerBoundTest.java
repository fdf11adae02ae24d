package io.skyrack.core.placement;

import static io.skyrack.core.placement.PlacementFixtures.line;
import static io.skyrack.core.placement.PlacementFixtures.workload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Martello–Toth L2 on instances small enough to pack by hand, and the heterogeneous-GPU bounds. */
class ActiveGpuLowerBoundTest {

    @ParameterizedTest(name = "C={0} items={1} → {2}")
    @CsvSource(delimiter = ';', value = {
        // all above C/2: one bin each, where the volume bound says 3
        "10; 6 6 6 6; 4",
        // K = 5: the 6s cannot share, the 5s fill one more bin
        "10; 6 6 6 5 5; 4",
        // K = 3: no 3 joins an 8
        "10; 8 8 8 3 3; 4",
        "10; 5 5 5 5; 2",
        "10; 3 3 3 3 3 3 3; 3",
        // K = 49: each 51 takes one 49, the other two 49s share
        "100; 49 49 49 49 51 51; 3",
        // items above the capacity fit nowhere and do not count
        "10; 11 4; 1",
    })
    void l2MatchesHandPackings(long capacity, String items, int expected) {
        long[] sizes = Arrays.stream(items.split(" ")).mapToLong(Long::parseLong).toArray();
        assertEquals(expected, ActiveGpuLowerBound.l2(sizes, capacity));
    }

    @Test
    void l2IsNeverBelowTheVolumeBound() {
        Random rnd = new Random(5);
        for (int t = 0; t < 200; t++) {
            long c = 50 + rnd.nextInt(100);
            long[] sizes = IntStream.range(0, 1 + rnd.nextInt(30)).mapToLong(i -> 1 + rnd.nextInt((int) c)).toArray();
            long volume = (Arrays.stream(sizes).sum() + c - 1) / c;
            int l2 = ActiveGpuLowerBound.l2(sizes, c);
            assertTrue(l2 >= volume, "L2 " + l2 + " below volume " + volume);
            assertTrue(l2 <= sizes.length);
        }
    }

    @Test
    void largestBinsCountsTheBiggestGpusFirst() {
        // 30 units into capacities 16, 8, 8, 8: 16 + 8 + 8 ≥ 30
        assertEquals(3, ActiveGpuLowerBound.largestBins(new long[] {10, 10, 10}, new long[] {8, 16, 8, 8}));
        // at the largest capacity the volume bound would say 2
        assertEquals(3, ActiveGpuLowerBound.bound(new long[] {10, 10, 10}, new long[] {8, 16, 8, 8}));
    }

    @Test
    void boundPerDimensionOfAProblem() {
        // three 40 GiB / 10 TOPS replicas: memory needs three 64 GiB GPUs, compute one
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 40, 10), workload("b", 40, 10),
                workload("c", 40, 10))));
        ActiveGpuBound b = ActiveGpuLowerBound.of(p, p.workloads);
        assertEquals(3, b.memory());
        assertEquals(1, b.compute());
        assertEquals(1, b.power());
        assertEquals(3, b.value());
        assertEquals(100.0 / 3, b.gapPercent(4), 1e-12);
        assertEquals(0.0, new ActiveGpuBound(0, 0, 0).gapPercent(3), 0.0);
    }

    @Test
    void powerBoundUsesTheMostEfficientGpu() {
        // 64 GiB / 200 TOPS / 50 W GPUs: 0.25 W per TOPS; 150 TOPS of demand = 37.5 W, one 50 W GPU
        CompiledProblem p = new CompiledProblem(line(List.of(workload("a", 1, 150), workload("b", 1, 150),
                workload("c", 1, 150))));
        ActiveGpuBound b = ActiveGpuLowerBound.of(p, p.workloads);
        assertEquals(3, b.compute());
        assertEquals(3, b.power());
        assertEquals(1, b.memory());
    }
}
