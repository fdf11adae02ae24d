package io.skyrack.core.placement;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Explains an unplaced replica by running every GPU through the hard constraints in a fixed order
 * (pinning, latency SLO, distinct satellites, anti-affinity, memory, compute, power, bandwidth) against the
 * final placement; the constraint that removes the last candidates is the one that blocks it, and the
 * message gives the figures of the candidates it removed.
 */
final class UnplacedExplainer {

    private final CompiledProblem p;
    private final CapacityLedger ledger;

    UnplacedExplainer(CompiledProblem p, CapacityLedger ledger) {
        this.p = p;
        this.ledger = ledger;
    }

    /**
     * @param r an unplaced replica
     * @return the blocking constraint and its figures
     * @throws IllegalStateException when the replica would fit somewhere (the final repair places those)
     */
    UnplacedReplica explain(ReplicaAssignment r) {
        WorkloadNode w = r.workload();
        String name = w.spec.name();
        int replica = r.replica();
        if (p.gpus.isEmpty()) {
            return new UnplacedReplica(name, replica, BlockingConstraint.NO_GPU, "the problem has no GPU");
        }
        List<GpuNode> left = new ArrayList<>(p.gpus);
        String pinned = w.spec.pinnedSatellite().orElse(null);

        // pinning
        List<GpuNode> next = keep(left, g -> w.pinAllows(g.satellite.index));
        if (next.isEmpty()) {
            String why = w.pinnedSatellite == WorkloadNode.PINNED_TO_UNKNOWN
                    ? "pinned to " + pinned + ", which is not in the problem"
                    : "pinned to " + pinned + ", which has no GPU";
            return new UnplacedReplica(name, replica, BlockingConstraint.PINNING, why);
        }
        left = next;
        String where = pinned == null ? "" : " on " + pinned;

        // latency SLO
        next = keep(left, g -> w.withinSlo(g.satellite.index));
        if (next.isEmpty()) {
            return new UnplacedReplica(name, replica, BlockingConstraint.LATENCY_SLO, latencyReason(w, left, where));
        }
        left = next;
        where += reach(w);

        // distinct satellites
        next = keep(left, g -> !ledger.hosts(w, g.satellite.index));
        if (next.isEmpty()) {
            TreeSet<String> used = new TreeSet<>();
            for (GpuNode g : left) {
                used.add(g.satellite.name);
            }
            return new UnplacedReplica(name, replica, BlockingConstraint.DISTINCT_SATELLITES,
                    "needs a satellite apart from its other replicas'; each of the " + used.size()
                            + " satellites with a GPU" + where + " (" + abbreviate(used) + ") hosts one");
        }
        left = next;

        // anti-affinity
        next = keep(left, g -> !ledger.hostsAntiAffine(w, g.satellite.index));
        if (next.isEmpty()) {
            TreeSet<String> present = new TreeSet<>();
            for (GpuNode g : left) {
                for (int o : w.avoid) {
                    if (ledger.hosts(p.workloads.get(o), g.satellite.index)) {
                        present.add(p.workloads.get(o).spec.name());
                    }
                }
            }
            return new UnplacedReplica(name, replica, BlockingConstraint.ANTI_AFFINITY,
                    "must not share a satellite with " + abbreviate(present) + "; every satellite left" + where
                            + " hosts one of them");
        }
        left = next;

        // memory
        next = keep(left, g -> ledger.freeMemory(g) >= w.memory);
        if (next.isEmpty()) {
            long most = left.stream().mapToLong(ledger::freeMemory).max().orElse(0);
            return new UnplacedReplica(name, replica, BlockingConstraint.GPU_MEMORY,
                    "needs " + PlacementUnits.gib(w.memory) + "; the largest free GPU memory" + where + " is "
                            + PlacementUnits.gib(most));
        }
        left = next;

        // compute
        next = keep(left, g -> ledger.freeCompute(g) >= w.compute);
        if (next.isEmpty()) {
            long most = left.stream().mapToLong(ledger::freeCompute).max().orElse(0);
            return new UnplacedReplica(name, replica, BlockingConstraint.GPU_COMPUTE,
                    "needs " + PlacementUnits.tops(w.compute) + "; the largest free compute on a GPU with "
                            + PlacementUnits.gib(w.memory) + " free" + where + " is " + PlacementUnits.tops(most));
        }
        left = next;

        // satellite power (only GPUs that would be powered up can fail it)
        next = keep(left, g -> ledger.replicas(g) > 0
                || ledger.power(g.satellite.index) + g.activePower <= g.satellite.activeBudget);
        if (next.isEmpty()) {
            long need = left.stream().mapToLong(g -> g.activePower).min().orElse(0);
            long spare = left.stream().mapToLong(g -> g.satellite.activeBudget - ledger.power(g.satellite.index))
                    .max().orElse(0);
            return new UnplacedReplica(name, replica, BlockingConstraint.SATELLITE_POWER,
                    "would power up a GPU drawing at least " + PlacementUnits.watts(need)
                            + "; the most spare compute power on a satellite with room" + where + " is "
                            + PlacementUnits.watts(Math.max(0, spare)));
        }
        left = next;

        // crosslink bandwidth
        next = keep(left, g -> ledger.routeFits(w, g.satellite.index));
        if (next.isEmpty()) {
            long best = Long.MIN_VALUE;
            String bottleneck = "";
            for (GpuNode g : left) {
                long spare = Long.MAX_VALUE;
                String link = "";
                for (LinkNode l : w.route(g.satellite.index)) {
                    if (ledger.spare(l) < spare) {
                        spare = ledger.spare(l);
                        link = l.id;
                    }
                }
                if (spare > best) {
                    best = spare;
                    bottleneck = link;
                }
            }
            return new UnplacedReplica(name, replica, BlockingConstraint.CROSSLINK_BANDWIDTH,
                    "needs " + PlacementUnits.mbps(w.rate) + " of input" + from(w.source.source)
                            + "; the best route to a GPU with room" + where + " has " + PlacementUnits.mbps(Math.max(0,
                            best)) + " spare (bottleneck " + bottleneck + ")");
        }
        throw new IllegalStateException("replica " + name + "#" + replica + " fits GPU " + next.get(0)
                + " but was left unplaced");
    }

    private String latencyReason(WorkloadNode w, List<GpuNode> left, String where) {
        double nearest = Double.POSITIVE_INFINITY;
        String at = "";
        for (GpuNode g : left) {
            double l = w.source.latency[g.satellite.index];
            if (l < nearest) {
                nearest = l;
                at = g.satellite.name;
            }
        }
        if (Double.isInfinite(nearest)) {
            return "no satellite with a GPU" + where + " is reachable" + from(w.source.source);
        }
        return "needs at most " + PlacementUnits.ms(w.spec.latencySlo()) + from(w.source.source)
                + "; the nearest satellite with a GPU" + where + " is " + at + " at " + PlacementUnits.ms(nearest);
    }

    private static String reach(WorkloadNode w) {
        DataSource s = w.source.source;
        if (s.kind() == DataSource.Kind.ANY_SATELLITE) {
            return "";
        }
        if (Double.isInfinite(w.spec.latencySlo())) {
            return " reachable" + from(s);
        }
        return " within " + PlacementUnits.ms(w.spec.latencySlo()) + " of "
                + (s.kind() == DataSource.Kind.GROUND ? "the ground" : s.satellite().orElse("?"));
    }

    private static String from(DataSource s) {
        return switch (s.kind()) {
            case GROUND -> " from the ground";
            case ANY_SATELLITE -> "";
            case SATELLITE -> " from " + s.satellite().orElse("?");
        };
    }

    private static String abbreviate(TreeSet<String> names) {
        List<String> list = new ArrayList<>(names);
        if (list.size() <= 4) {
            return String.join(", ", list);
        }
        return String.join(", ", list.subList(0, 4)) + " and " + (list.size() - 4) + " more";
    }

    private static List<GpuNode> keep(List<GpuNode> gpus, Predicate<GpuNode> test) {
        List<GpuNode> out = new ArrayList<>();
        for (GpuNode g : gpus) {
            if (test.test(g)) {
                out.add(g);
            }
        }
        return out;
    }
}
