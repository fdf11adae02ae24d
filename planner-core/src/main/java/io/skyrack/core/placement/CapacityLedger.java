package io.skyrack.core.placement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Running totals of a placement (memory, compute and replica count per GPU, power per satellite, load per
 * link, workloads per satellite) and the hard-constraint test of one more replica against them. Mutable,
 * single-threaded; the construction heuristic, the final repair, the explanations and failure analysis
 * share it so that they all judge a placement as the constraint streams do.
 */
final class CapacityLedger {

    private final CompiledProblem p;
    private final long[] memory;
    private final long[] compute;
    private final int[] replicas;
    private final long[] power;
    private final long[] linkLoad;
    /** Key workload × satellites + satellite: number of that workload's replicas there. */
    private final Map<Long, Integer> presence = new HashMap<>();

    CapacityLedger(CompiledProblem p) {
        this.p = p;
        memory = new long[p.gpus.size()];
        compute = new long[p.gpus.size()];
        replicas = new int[p.gpus.size()];
        power = new long[p.satellites.size()];
        linkLoad = new long[p.links.size()];
    }

    /**
     * @param p the problem
     * @param assignments the replicas as placed
     * @return a ledger holding every placed replica
     */
    static CapacityLedger of(CompiledProblem p, List<ReplicaAssignment> assignments) {
        CapacityLedger ledger = new CapacityLedger(p);
        for (ReplicaAssignment r : assignments) {
            if (r.getGpu() != null) {
                ledger.place(r.workload(), r.getGpu());
            }
        }
        return ledger;
    }

    /**
     * @param w workload
     * @param g GPU
     * @return whether one more replica of {@code w} on {@code g} keeps every hard constraint
     */
    boolean fits(WorkloadNode w, GpuNode g) {
        int s = g.satellite.index;
        return memory[g.index] + w.memory <= g.memory
                && compute[g.index] + w.compute <= g.compute
                && w.pinAllows(s)
                && w.withinSlo(s)
                && (replicas[g.index] > 0 || power[s] + g.activePower <= g.satellite.activeBudget)
                && !hosts(w, s)
                && !hostsAntiAffine(w, s)
                && routeFits(w, s);
    }

    /**
     * @param w workload
     * @param g GPU
     * @return the first constraint, in explanation order, that one more replica of {@code w} on {@code g}
     *     would break, or null when it fits
     */
    BlockingConstraint blocker(WorkloadNode w, GpuNode g) {
        int s = g.satellite.index;
        if (!w.pinAllows(s)) {
            return BlockingConstraint.PINNING;
        }
        if (!w.withinSlo(s)) {
            return BlockingConstraint.LATENCY_SLO;
        }
        if (hosts(w, s)) {
            return BlockingConstraint.DISTINCT_SATELLITES;
        }
        if (hostsAntiAffine(w, s)) {
            return BlockingConstraint.ANTI_AFFINITY;
        }
        if (memory[g.index] + w.memory > g.memory) {
            return BlockingConstraint.GPU_MEMORY;
        }
        if (compute[g.index] + w.compute > g.compute) {
            return BlockingConstraint.GPU_COMPUTE;
        }
        if (replicas[g.index] == 0 && power[s] + g.activePower > g.satellite.activeBudget) {
            return BlockingConstraint.SATELLITE_POWER;
        }
        if (!routeFits(w, s)) {
            return BlockingConstraint.CROSSLINK_BANDWIDTH;
        }
        return null;
    }

    /** Adds one replica of {@code w} on {@code g}. */
    void place(WorkloadNode w, GpuNode g) {
        int s = g.satellite.index;
        if (replicas[g.index]++ == 0) {
            power[s] += g.activePower;
        }
        memory[g.index] += w.memory;
        compute[g.index] += w.compute;
        presence.merge(key(w.index, s), 1, Integer::sum);
        if (w.rate > 0) {
            for (LinkNode l : w.route(s)) {
                linkLoad[l.index] += w.rate;
            }
        }
    }

    /** Removes one replica of {@code w} from {@code g}. */
    void remove(WorkloadNode w, GpuNode g) {
        int s = g.satellite.index;
        if (--replicas[g.index] == 0) {
            power[s] -= g.activePower;
        }
        memory[g.index] -= w.memory;
        compute[g.index] -= w.compute;
        presence.merge(key(w.index, s), -1, (a, b) -> a + b == 0 ? null : a + b);
        if (w.rate > 0) {
            for (LinkNode l : w.route(s)) {
                linkLoad[l.index] -= w.rate;
            }
        }
    }

    /** @return whether workload {@code w} has a replica on satellite {@code s} */
    boolean hosts(WorkloadNode w, int s) {
        return presence.containsKey(key(w.index, s));
    }

    /** @return whether satellite {@code s} hosts a workload anti-affine to {@code w} */
    boolean hostsAntiAffine(WorkloadNode w, int s) {
        for (int other : w.avoid) {
            if (presence.containsKey(key(other, s))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the route from {@code w}'s source to {@code s} has spare bandwidth for its input */
    boolean routeFits(WorkloadNode w, int s) {
        if (w.rate == 0) {
            return true;
        }
        for (LinkNode l : w.route(s)) {
            if (linkLoad[l.index] + w.rate > l.capacity) {
                return false;
            }
        }
        return true;
    }

    /** @return free memory of {@code g} (byte) */
    long freeMemory(GpuNode g) {
        return g.memory - memory[g.index];
    }

    /** @return free compute of {@code g} (quanta) */
    long freeCompute(GpuNode g) {
        return g.compute - compute[g.index];
    }

    /** @return memory used on {@code g} (byte) */
    long usedMemory(GpuNode g) {
        return memory[g.index];
    }

    /** @return compute used on {@code g} (quanta) */
    long usedCompute(GpuNode g) {
        return compute[g.index];
    }

    /** @return number of replicas on {@code g} */
    int replicas(GpuNode g) {
        return replicas[g.index];
    }

    /** @return power the active GPUs of satellite {@code s} add (mW) */
    long power(int s) {
        return power[s];
    }

    /** @return spare capacity of {@code link} (bit/s) */
    long spare(LinkNode link) {
        return link.capacity - linkLoad[link.index];
    }

    /** @return load on {@code link} (bit/s) */
    long load(LinkNode link) {
        return linkLoad[link.index];
    }

    private long key(int workload, int satellite) {
        return (long) workload * p.satellites.size() + satellite;
    }
}
