package io.skyrack.core.placement;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a placement: where each replica runs, which could not run and why, what each GPU carries,
 * the score, and the lower bound on active GPUs with the gap to it.
 *
 * @param assignments placed replicas, by workload then replica
 * @param unplaced unplaced replicas with reasons, by workload then replica
 * @param gpus use of every GPU, in problem order
 * @param objective score, level by level
 * @param bound lower bound on active GPUs for the placed replicas
 * @param provenOptimal whether an exhaustive search proved that no placement serves more demand, or the same
 *     with fewer active GPUs (done on small problems)
 * @param constructionSeconds wall time of the construction heuristic (s); not part of deterministic output
 * @param totalSeconds wall time of the whole solve (s); not part of deterministic output
 */
public record PlacementResult(
        List<Assignment> assignments,
        List<UnplacedReplica> unplaced,
        List<GpuUse> gpus,
        PlacementObjective objective,
        ActiveGpuBound bound,
        boolean provenOptimal,
        double constructionSeconds,
        double totalSeconds) {

    /** Copies the lists. */
    public PlacementResult {
        assignments = List.copyOf(assignments);
        unplaced = List.copyOf(unplaced);
        gpus = List.copyOf(gpus);
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(bound, "bound");
    }

    /** @return active GPUs */
    public int activeGpus() {
        return objective.activeGpus();
    }

    /** @return gap of the active GPUs over the bound (%) */
    public double gapPercent() {
        return bound.gapPercent(objective.activeGpus());
    }
}
