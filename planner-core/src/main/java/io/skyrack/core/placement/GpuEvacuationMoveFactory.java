package io.skyrack.core.placement;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * Moves that aim at emptying GPUs, which plain change and swap moves rarely do once GPUs are nearly full:
 * take a GPU, more likely an emptier one, and move all its replicas (or one of them) to the other active
 * GPUs where they fit best. Targets are checked against memory, compute, pinning, latency and the other
 * replicas of the workload; the score judges the rest (power, anti-affinity, bandwidth).
 *
 * <p>Public only because Timefold instantiates move iterator factories by class; it is not an API.
 */
public final class GpuEvacuationMoveFactory implements MoveIteratorFactory<PlacementSolution, ReassignMove> {

    /** Exponent biasing the pick toward the emptiest GPUs. */
    private static final double EMPTY_BIAS = 3.0;

    /** For Timefold, which builds it from the solver configuration. */
    public GpuEvacuationMoveFactory() {
    }

    @Override
    public long getSize(ScoreDirector<PlacementSolution> scoreDirector) {
        return scoreDirector.getWorkingSolution().replicas().size();
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<PlacementSolution> scoreDirector) {
        // in order: every active GPU emptied in turn, emptiest first (the solver configuration selects at random;
        // this is what a sequential selector would get)
        return new Moves(scoreDirector.getWorkingSolution(), null).inOrder();
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<PlacementSolution> scoreDirector,
                                                           Random random) {
        return new Moves(scoreDirector.getWorkingSolution(), random);
    }

    /** The moves from the working solution as it stands at the start of a step. */
    private static final class Moves implements Iterator<ReassignMove> {

        private final Random random;
        private final long[] memory;
        private final long[] compute;
        private final List<List<ReplicaAssignment>> onGpu;
        private final List<List<ReplicaAssignment>> byWorkload;
        private final List<GpuNode> active;

        Moves(PlacementSolution solution, Random random) {
            this.random = random;
            CompiledProblem p = solution.problem();
            memory = new long[p.gpus.size()];
            compute = new long[p.gpus.size()];
            onGpu = new ArrayList<>(p.gpus.size());
            for (int i = 0; i < p.gpus.size(); i++) {
                onGpu.add(null);
            }
            byWorkload = new ArrayList<>(p.workloads.size());
            for (int i = 0; i < p.workloads.size(); i++) {
                byWorkload.add(null);
            }
            active = new ArrayList<>();
            for (ReplicaAssignment r : solution.replicas()) {
                if (r.workload().spec.replicas() > 1) {
                    list(byWorkload, r.workload().index).add(r);
                }
                GpuNode g = r.getGpu();
                if (g != null) {
                    memory[g.index] += r.memory();
                    compute[g.index] += r.compute();
                    if (onGpu.get(g.index) == null) {
                        active.add(g);
                    }
                    list(onGpu, g.index).add(r);
                }
            }
            active.sort(Comparator.comparingDouble(this::fill).thenComparingInt(g -> g.index));
        }

        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public ReassignMove next() {
            if (active.size() < 2) {
                return ReassignMove.none();
            }
            GpuNode source = active.get((int) (active.size() * Math.pow(random.nextDouble(), EMPTY_BIAS)));
            List<ReplicaAssignment> here = onGpu.get(source.index);
            List<ReplicaAssignment> movers = random.nextBoolean() ? here
                    : List.of(here.get(random.nextInt(here.size())));
            return evacuate(source, movers);
        }

        /** @return one move per active GPU, emptiest first, each moving all its replicas */
        Iterator<ReassignMove> inOrder() {
            List<GpuNode> sources = List.copyOf(active);
            return new Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return active.size() >= 2 && i < sources.size();
                }

                @Override
                public ReassignMove next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    GpuNode source = sources.get(i++);
                    return evacuate(source, onGpu.get(source.index));
                }
            };
        }

        /** Moves the replicas to the fullest other active GPUs that take them, or no move when one fits nowhere. */
        private ReassignMove evacuate(GpuNode source, List<ReplicaAssignment> movers) {
            List<GpuNode> targets = new ArrayList<>(movers.size());
            long[] addedMemory = new long[movers.size()];
            long[] addedCompute = new long[movers.size()];
            for (int i = 0; i < movers.size(); i++) {
                ReplicaAssignment r = movers.get(i);
                if (r.isPinned()) {
                    return ReassignMove.none();
                }
                GpuNode best = null;
                double bestFill = -1;
                for (GpuNode g : active) {
                    if (g == source) {
                        continue;
                    }
                    long m = memory[g.index] + r.memory();
                    long c = compute[g.index] + r.compute();
                    for (int j = 0; j < i; j++) {
                        if (targets.get(j) == g) {
                            m += addedMemory[j];
                            c += addedCompute[j];
                        }
                    }
                    if (m > g.memory || c > g.compute || !allowed(r, g, movers, targets)) {
                        continue;
                    }
                    double f = (double) m / g.memory + (double) c / Math.max(1, g.compute);
                    if (f > bestFill) {
                        bestFill = f;
                        best = g;
                    }
                }
                if (best == null) {
                    return ReassignMove.none();
                }
                targets.add(best);
                addedMemory[i] = r.memory();
                addedCompute[i] = r.compute();
            }
            return new ReassignMove(movers, targets);
        }

        /** Pinning, latency, and the satellites of the workload's other replicas after the move. */
        private boolean allowed(ReplicaAssignment r, GpuNode g, List<ReplicaAssignment> movers,
                                List<GpuNode> targets) {
            WorkloadNode w = r.workload();
            int s = g.satellite.index;
            if (!w.pinAllows(s) || !w.withinSlo(s)) {
                return false;
            }
            List<ReplicaAssignment> siblings = byWorkload.get(w.index);
            if (siblings == null) {
                return true;
            }
            for (ReplicaAssignment o : siblings) {
                if (o == r) {
                    continue;
                }
                int at = movers.indexOf(o);
                GpuNode og = at < 0 ? o.getGpu() : at < targets.size() ? targets.get(at) : null;
                if (og != null && og.satellite.index == s) {
                    return false;
                }
            }
            return true;
        }

        private double fill(GpuNode g) {
            return (double) memory[g.index] / g.memory + (double) compute[g.index] / Math.max(1, g.compute);
        }

        private static List<ReplicaAssignment> list(List<List<ReplicaAssignment>> lists, int i) {
            List<ReplicaAssignment> l = lists.get(i);
            if (l == null) {
                l = new ArrayList<>(2);
                lists.set(i, l);
            }
            return l;
        }
    }
}
