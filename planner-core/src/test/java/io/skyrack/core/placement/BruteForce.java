package io.skyrack.core.placement;

import io.skyrack.core.plan.Workload.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Exhaustive search for the best placement of a small problem, written from the problem statement alone
 * (none of the solver's code): every replica on every GPU or on none, keeping the hard constraints, minimizing
 * unserved priority × GOPS, then active GPUs. Branches are cut when they already serve less or use more GPUs
 * than the best found.
 */
final class BruteForce {

    private final PlacementProblem p;
    private final List<PlacementWorkload> replicaOf = new ArrayList<>();
    private final int[] at;
    private final long[] memory;
    private final double[] compute;
    private final int[] count;
    private final double[] power;
    private final Map<String, Double> linkLoad = new HashMap<>();
    private long unserved;
    private int active;
    /** Best (unserved demand, active GPUs) found. */
    private long bestUnserved = Long.MAX_VALUE;
    private int bestActive = Integer.MAX_VALUE;
    private int[] best;

    BruteForce(PlacementProblem p) {
        this.p = p;
        for (PlacementWorkload w : p.workloads()) {
            for (int r = 0; r < w.replicas(); r++) {
                replicaOf.add(w);
            }
        }
        at = new int[replicaOf.size()];
        memory = new long[p.gpus().size()];
        compute = new double[p.gpus().size()];
        count = new int[p.gpus().size()];
        power = new double[p.satellites().size()];
    }

    /** @return the optimum as {unserved demand, active GPUs} */
    long[] optimum() {
        search(0);
        return new long[] {bestUnserved, bestActive};
    }

    /** @return the best placement found by {@link #optimum()} */
    List<Assignment> bestAssignments() {
        List<Assignment> out = new ArrayList<>();
        int[] seen = new int[p.workloads().size()];
        for (int i = 0; i < replicaOf.size(); i++) {
            PlacementWorkload w = replicaOf.get(i);
            int r = seen[p.workloads().indexOf(w)]++;
            if (best[i] >= 0) {
                GpuSlot g = p.gpus().get(best[i]);
                out.add(new Assignment(w.name(), r, p.satellites().get(g.satellite()).name(), g.tile(), g.index(),
                        g.id()));
            }
        }
        return out;
    }

    private void search(int i) {
        if (unserved > bestUnserved || unserved == bestUnserved && active >= bestActive) {
            return;
        }
        if (i == replicaOf.size()) {
            bestUnserved = unserved;
            bestActive = active;
            best = at.clone();
            return;
        }
        PlacementWorkload w = replicaOf.get(i);
        for (int g = 0; g < p.gpus().size(); g++) {
            if (allowed(i, w, g)) {
                apply(w, g, +1);
                at[i] = g;
                search(i + 1);
                apply(w, g, -1);
            }
        }
        at[i] = -1;
        long weight = w.priority() * Math.max(1, Math.round(w.compute() / 1e9));
        unserved += weight;
        search(i + 1);
        unserved -= weight;
    }

    private boolean allowed(int i, PlacementWorkload w, int g) {
        GpuSlot gpu = p.gpus().get(g);
        String sat = p.satellites().get(gpu.satellite()).name();
        if (memory[g] + w.memory() > gpu.memory() || compute[g] + w.compute() > gpu.compute() * (1 + 1e-12)) {
            return false;
        }
        if (count[g] == 0 && power[gpu.satellite()] + gpu.power() > p.satellites().get(gpu.satellite())
                .computePower() + 1e-9) {
            return false;
        }
        if (w.pinnedSatellite().isPresent() && !w.pinnedSatellite().get().equals(sat)) {
            return false;
        }
        double latency = p.network().latency(w.source(), sat);
        if (Double.isInfinite(latency) || latency > w.latencySlo()) {
            return false;
        }
        // earlier replicas on the same satellite: same workload, or anti-affine either way
        for (int j = 0; j < i; j++) {
            if (at[j] < 0 || p.gpus().get(at[j]).satellite() != gpu.satellite()) {
                continue;
            }
            PlacementWorkload o = replicaOf.get(j);
            if (o == w || o.antiAffinity().contains(w.name()) || w.antiAffinity().contains(o.name())) {
                return false;
            }
        }
        if (w.inputDataRate() > 0) {
            for (String link : p.network().route(w.source(), sat)) {
                if (linkLoad.getOrDefault(link, 0.0) + w.inputDataRate() > p.network().linkCapacity(link) + 1e-6) {
                    return false;
                }
            }
        }
        return true;
    }

    private void apply(PlacementWorkload w, int g, int sign) {
        GpuSlot gpu = p.gpus().get(g);
        if (sign > 0 && count[g]++ == 0) {
            power[gpu.satellite()] += gpu.power();
            active++;
        } else if (sign < 0 && --count[g] == 0) {
            power[gpu.satellite()] -= gpu.power();
            active--;
        }
        memory[g] += sign * w.memory();
        compute[g] += sign * w.compute();
        if (w.inputDataRate() > 0) {
            String sat = p.satellites().get(gpu.satellite()).name();
            for (String link : p.network().route(w.source(), sat)) {
                linkLoad.merge(link, sign * w.inputDataRate(), Double::sum);
            }
        }
    }

    /**
     * Checks a placement against the hard constraints, from the problem statement alone.
     *
     * @param p problem
     * @param assignments placement
     * @return descriptions of the broken constraints; empty when feasible
     */
    static List<String> violations(PlacementProblem p, List<Assignment> assignments) {
        List<String> out = new ArrayList<>();
        Map<String, GpuSlot> gpus = new HashMap<>();
        p.gpus().forEach(g -> gpus.put(g.id(), g));
        Map<String, PlacementWorkload> workloads = new HashMap<>();
        p.workloads().forEach(w -> workloads.put(w.name(), w));
        Map<String, long[]> memory = new HashMap<>();
        Map<String, double[]> compute = new HashMap<>();
        Map<Integer, Set<String>> activeBySat = new HashMap<>();
        Map<Integer, Set<String>> workloadsBySat = new HashMap<>();
        Map<String, Double> load = new HashMap<>();
        for (Assignment a : assignments) {
            GpuSlot g = gpus.get(a.gpuId());
            PlacementWorkload w = workloads.get(a.workload());
            String sat = p.satellites().get(g.satellite()).name();
            memory.computeIfAbsent(g.id(), k -> new long[1])[0] += w.memory();
            compute.computeIfAbsent(g.id(), k -> new double[1])[0] += w.compute();
            activeBySat.computeIfAbsent(g.satellite(), k -> new HashSet<>()).add(g.id());
            if (!workloadsBySat.computeIfAbsent(g.satellite(), k -> new HashSet<>()).add(w.name())) {
                out.add("two replicas of " + w.name() + " on " + sat);
            }
            if (w.pinnedSatellite().isPresent() && !w.pinnedSatellite().get().equals(sat)) {
                out.add(w.name() + " off its pinned satellite");
            }
            double latency = p.network().latency(w.source(), sat);
            if (w.source().kind() != DataSource.Kind.ANY_SATELLITE && !(latency <= w.latencySlo())) {
                out.add(w.name() + " latency " + latency);
            }
            for (String link : p.network().route(w.source(), sat)) {
                load.merge(link, w.inputDataRate(), Double::sum);
            }
        }
        memory.forEach((id, m) -> {
            if (m[0] > gpus.get(id).memory()) {
                out.add("memory of " + id);
            }
        });
        compute.forEach((id, c) -> {
            if (c[0] > gpus.get(id).compute() * (1 + 1e-12)) {
                out.add("compute of " + id);
            }
        });
        activeBySat.forEach((s, ids) -> {
            double watts = ids.stream().mapToDouble(id -> gpus.get(id).power()).sum();
            if (watts > p.satellites().get(s).computePower() + 1e-9) {
                out.add("power of " + p.satellites().get(s).name());
            }
        });
        workloadsBySat.forEach((s, names) -> {
            for (String n : names) {
                for (String o : workloads.get(n).antiAffinity()) {
                    if (names.contains(o)) {
                        out.add(n + " shares " + p.satellites().get(s).name() + " with " + o);
                    }
                }
            }
        });
        load.forEach((link, rate) -> {
            if (rate > p.network().linkCapacity(link) + 1e-6) {
                out.add("bandwidth of " + link);
            }
        });
        return out;
    }
}
