package io.skyrack.core.placement;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractMove;
import java.util.Collection;
import java.util.List;

/** A move that puts several replicas on new GPUs at once, such as emptying one GPU into others. */
final class ReassignMove extends AbstractMove<PlacementSolution> {

    private final List<ReplicaAssignment> replicas;
    private final List<GpuNode> targets;

    /**
     * @param replicas replicas to move
     * @param targets their new GPUs, in the same order
     */
    ReassignMove(List<ReplicaAssignment> replicas, List<GpuNode> targets) {
        this.replicas = replicas;
        this.targets = targets;
    }

    /** @return a move that does nothing and is never done */
    static ReassignMove none() {
        return new ReassignMove(List.of(), List.of());
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<PlacementSolution> scoreDirector) {
        for (int i = 0; i < replicas.size(); i++) {
            if (replicas.get(i).getGpu() != targets.get(i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<PlacementSolution> scoreDirector) {
        for (int i = 0; i < replicas.size(); i++) {
            ReplicaAssignment r = replicas.get(i);
            scoreDirector.beforeVariableChanged(r, ReplicaAssignment.GPU);
            r.setGpu(targets.get(i));
            scoreDirector.afterVariableChanged(r, ReplicaAssignment.GPU);
        }
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return replicas;
    }

    @Override
    public Collection<?> getPlanningValues() {
        return targets;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "ReassignMove(ReplicaAssignment.gpu)";
    }

    @Override
    public String toString() {
        return replicas + " -> " + targets;
    }
}
