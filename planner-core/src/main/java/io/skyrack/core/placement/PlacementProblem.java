package io.skyrack.core.placement;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Everything the placement optimizer needs, in SI units: the GPUs with their sustained capacities, the
 * satellites' power budgets, the workloads and the network.
 *
 * @param gpus GPUs; each names its satellite by index into {@code satellites}
 * @param satellites satellites with the power their bus gives to compute
 * @param workloads workloads to place
 * @param network latencies, routes and crosslink capacities over the window
 * @param idleGpus what a GPU that hosts nothing draws
 */
public record PlacementProblem(
        List<GpuSlot> gpus,
        List<SatelliteBudget> satellites,
        List<PlacementWorkload> workloads,
        NetworkView network,
        IdleGpuPower idleGpus) {

    /** Checks references and uniqueness, and copies the lists. */
    public PlacementProblem {
        gpus = List.copyOf(gpus);
        satellites = List.copyOf(satellites);
        workloads = List.copyOf(workloads);
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(idleGpus, "idleGpus");
        requireUnique(gpus.stream().map(GpuSlot::id).toList(), "GPU id");
        requireUnique(satellites.stream().map(SatelliteBudget::name).toList(), "satellite name");
        requireUnique(workloads.stream().map(PlacementWorkload::name).toList(), "workload name");
        for (GpuSlot g : gpus) {
            if (g.satellite() >= satellites.size()) {
                throw new IllegalArgumentException("GPU " + g.id() + " names satellite index " + g.satellite()
                        + " of " + satellites.size());
            }
        }
    }

    /**
     * A problem whose idle GPUs are powered down.
     *
     * @param gpus GPUs
     * @param satellites satellites
     * @param workloads workloads
     * @param network network
     * @return the problem
     */
    public static PlacementProblem of(List<GpuSlot> gpus, List<SatelliteBudget> satellites,
                                      List<PlacementWorkload> workloads, NetworkView network) {
        return new PlacementProblem(gpus, satellites, workloads, network, IdleGpuPower.POWERED_DOWN);
    }

    /**
     * @param removed which GPUs to take away
     * @return the same problem without those GPUs
     */
    public PlacementProblem withoutGpus(Predicate<GpuSlot> removed) {
        return new PlacementProblem(gpus.stream().filter(removed.negate()).toList(), satellites, workloads, network,
                idleGpus);
    }

    /**
     * @param replacement network to use
     * @return the same problem over another network
     */
    public PlacementProblem withNetwork(NetworkView replacement) {
        return new PlacementProblem(gpus, satellites, workloads, replacement, idleGpus);
    }

    /**
     * @param name satellite name
     * @return its index in {@link #satellites()}, or −1
     */
    public int satelliteIndex(String name) {
        for (int i = 0; i < satellites.size(); i++) {
            if (satellites.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireUnique(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException("duplicate " + what + " " + n);
            }
        }
    }

    /** What a GPU that hosts no replica draws from the satellite's compute budget. */
    public enum IdleGpuPower {
        /** Powered down: nothing; only active GPUs count, at their sustained-mode power. */
        POWERED_DOWN,
        /** Left idling: its idle power; an active GPU adds the rest of its sustained-mode power. */
        IDLING
    }
}
