package io.skyrack.core.placement;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Seeded random problems for property-style tests. */
final class RandomInstances {

    private static final long GIB = 1L << 30;
    private static final double TOPS = 1e12;

    private RandomInstances() {
    }

    /**
     * Five GPUs of different sizes on three satellites in a line (5 ms, 100 Mbit/s links), power budgets
     * that forbid some pairs of active GPUs, and {@code workloads} workloads with every kind of constraint.
     *
     * @param seed seed
     * @param workloads number of workloads (≤ 12 keeps exhaustive search fast)
     * @return the problem
     */
    static PlacementProblem small(long seed, int workloads) {
        Random rnd = new Random(seed);
        List<String> names = List.of("sat-0", "sat-1", "sat-2");
        List<NetworkLink> links = List.of(new NetworkLink("sat-0~sat-1", "sat-0", "sat-1", 0.005, 100e6),
                new NetworkLink("sat-1~sat-2", "sat-1", "sat-2", 0.005, 100e6));
        MatrixNetworkView net = new MatrixNetworkView(names, links, new double[] {0.02, Double.POSITIVE_INFINITY,
            0.01});
        List<GpuSlot> gpus = List.of(
                new GpuSlot("a0", 0, 0, 0, "t", 16 * GIB, 40 * TOPS, 20, 2, 10),
                new GpuSlot("a1", 0, 1, 0, "t", 8 * GIB, 20 * TOPS, 10, 1, 30),
                new GpuSlot("b0", 1, 0, 0, "t", 16 * GIB, 60 * TOPS, 25, 2, 15),
                new GpuSlot("c0", 2, 0, 0, "t", 12 * GIB, 30 * TOPS, 15, 2, 25),
                new GpuSlot("c1", 2, 0, 1, "t", 8 * GIB, 40 * TOPS, 15, 2, 5));
        List<SatelliteBudget> sats = List.of(new SatelliteBudget("sat-0", 25), new SatelliteBudget("sat-1", 30),
                new SatelliteBudget("sat-2", 30));
        List<PlacementWorkload> ws = new ArrayList<>();
        for (int i = 0; i < workloads; i++) {
            double memory = 1 + 7 * rnd.nextDouble();
            double tops = 2 + 18 * rnd.nextDouble();
            int replicas = rnd.nextDouble() < 0.2 ? 2 : 1;
            DataSource source = DataSource.anySatellite();
            double slo = Double.POSITIVE_INFINITY;
            double rate = 0;
            double k = rnd.nextDouble();
            if (k < 0.35) {
                source = DataSource.satellite(names.get(rnd.nextInt(3)));
                slo = 0.004 + 0.008 * rnd.nextDouble();
                rate = 10e6 + 50e6 * rnd.nextDouble();
            } else if (k < 0.5) {
                source = DataSource.ground();
                slo = 0.015 + 0.01 * rnd.nextDouble();
                rate = 10e6 + 50e6 * rnd.nextDouble();
            }
            Optional<String> pinned = replicas == 1 && rnd.nextDouble() < 0.1
                    ? Optional.of(names.get(rnd.nextInt(3))) : Optional.empty();
            List<String> anti = i > 0 && rnd.nextDouble() < 0.15 ? List.of("w" + rnd.nextInt(i)) : List.of();
            ws.add(new PlacementWorkload("w" + i, (long) (memory * GIB), Math.round(tops * 1e6) * 1e6, replicas, slo,
                    source, Math.round(rate),
                    1 + rnd.nextInt(3), pinned, anti));
        }
        return PlacementProblem.of(gpus, sats, ws, net);
    }

    /**
     * A medium problem: 60 GPUs on 12 satellites in a ring, 400 workloads of mixed sizes.
     *
     * @param seed seed
     * @return the problem
     */
    static PlacementProblem medium(long seed) {
        Random rnd = new Random(seed);
        List<String> names = new ArrayList<>();
        List<SatelliteBudget> sats = new ArrayList<>();
        List<GpuSlot> gpus = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            names.add("sat-" + s);
            sats.add(new SatelliteBudget("sat-" + s, 200));
            for (int g = 0; g < 5; g++) {
                boolean big = rnd.nextBoolean();
                gpus.add(new GpuSlot("sat-" + s + "/g" + g, s, g / 2, g % 2, "t", (big ? 64 : 32) * GIB,
                        (big ? 200 : 150) * TOPS, big ? 50 : 40, 5, 5 + 20 * rnd.nextDouble()));
            }
        }
        MatrixNetworkView net = MatrixNetworkView.ring(names, 0.006, 1e9, 0.03);
        List<PlacementWorkload> ws = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double memory = 0.5 + (rnd.nextDouble() < 0.8 ? 3 : 15) * rnd.nextDouble();
            double tops = 1 + 20 * rnd.nextDouble();
            boolean sensor = rnd.nextDouble() < 0.4;
            ws.add(new PlacementWorkload("w" + i, (long) (memory * GIB), tops * TOPS, rnd.nextDouble() < 0.1 ? 2 : 1,
                    sensor ? 0.02 : Double.POSITIVE_INFINITY,
                    sensor ? DataSource.satellite(names.get(rnd.nextInt(12))) : DataSource.anySatellite(),
                    sensor ? 5e6 : 0, 1 + rnd.nextInt(3), Optional.empty(), List.of()));
        }
        return PlacementProblem.of(gpus, sats, ws, net);
    }
}
