package io.skyrack.core.placement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Depth-first branch and bound over every placement of the free replicas (each on every GPU where it fits,
 * or on none) for the two leading objectives, unserved demand then active GPUs. It starts from a known
 * placement, cuts every branch that already serves less or powers more GPUs than the best found, tries only
 * one of several alike empty GPUs on a satellite, and gives up after a node budget, so it proves optimality
 * on small problems and costs little on the others.
 */
final class ExactSearch {

    /** Most free replicas the search is tried on (its recursion goes one level per replica). */
    static final int MAX_REPLICAS = 40;
    /** Search nodes after which the search gives up. */
    static final long NODE_BUDGET = 2_000_000;

    private final List<ReplicaAssignment> free;
    private final List<GpuNode> gpus;
    private final CapacityLedger ledger;
    private final GpuNode[] at;
    private GpuNode[] best;
    private long bestUnserved;
    private int bestActive;
    private long unserved;
    private int active;
    private long nodes;

    private ExactSearch(CompiledProblem p, List<ReplicaAssignment> replicas) {
        this.gpus = FirstFitDecreasing.gpuOrder(p);
        List<ReplicaAssignment> f = new ArrayList<>();
        for (ReplicaAssignment r : replicas) {
            if (!r.isPinned()) {
                f.add(r);
            }
        }
        f.sort(FirstFitDecreasing.replicaOrder(p));
        this.free = f;
        this.at = new GpuNode[f.size()];
        // the pinned replicas are fixed; the search starts with the free ones taken out
        List<ReplicaAssignment> pinned = new ArrayList<>();
        for (ReplicaAssignment r : replicas) {
            if (r.isPinned()) {
                pinned.add(r);
            }
        }
        this.ledger = CapacityLedger.of(p, pinned);
        for (GpuNode g : p.gpus) {
            active += ledger.replicas(g) > 0 ? 1 : 0;
        }
        // incumbent: the placement given
        best = new GpuNode[f.size()];
        CapacityLedger given = CapacityLedger.of(p, replicas);
        bestUnserved = 0;
        for (int i = 0; i < f.size(); i++) {
            best[i] = f.get(i).getGpu();
            bestUnserved += best[i] == null ? f.get(i).workload().demandWeight : 0;
        }
        int a = 0;
        for (GpuNode g : p.gpus) {
            a += given.replicas(g) > 0 ? 1 : 0;
        }
        bestActive = a;
    }

    /**
     * Replaces the free replicas' GPUs with an optimal placement when the search completes within its budget.
     *
     * @param p the problem
     * @param replicas a feasible placement; updated
     * @return whether the search completed, proving the placement optimal in unserved demand and active GPUs
     */
    static boolean improve(CompiledProblem p, List<ReplicaAssignment> replicas) {
        if (replicas.stream().filter(r -> !r.isPinned()).count() > MAX_REPLICAS) {
            return false;
        }
        ExactSearch s = new ExactSearch(p, replicas);
        s.search(0);
        if (s.nodes > NODE_BUDGET) {
            return false;
        }
        for (int i = 0; i < s.free.size(); i++) {
            s.free.get(i).setGpu(s.best[i]);
        }
        return true;
    }

    private void search(int i) {
        if (++nodes > NODE_BUDGET) {
            return;
        }
        if (unserved > bestUnserved || unserved == bestUnserved && active >= bestActive) {
            return;
        }
        if (i == free.size()) {
            bestUnserved = unserved;
            bestActive = active;
            best = at.clone();
            return;
        }
        WorkloadNode w = free.get(i).workload();
        // empty GPUs alike (same satellite and capacities) lead to mirror-image subtrees: try one of each kind
        Set<List<Long>> emptyKinds = new HashSet<>();
        for (GpuNode g : gpus) {
            if (ledger.replicas(g) == 0 && !emptyKinds.add(List.of((long) g.satellite.index, g.memory, g.compute,
                    g.activePower))) {
                continue;
            }
            if (ledger.fits(w, g)) {
                boolean opens = ledger.replicas(g) == 0;
                ledger.place(w, g);
                active += opens ? 1 : 0;
                at[i] = g;
                search(i + 1);
                at[i] = null;
                active -= opens ? 1 : 0;
                ledger.remove(w, g);
                if (nodes > NODE_BUDGET) {
                    return;
                }
            }
        }
        unserved += w.demandWeight;
        search(i + 1);
        unserved -= w.demandWeight;
    }
}
