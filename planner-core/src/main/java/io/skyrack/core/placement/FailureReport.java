package io.skyrack.core.placement;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of re-placing after a failure.
 *
 * @param failure what was removed
 * @param lost capacity removed
 * @param kept replicas that stayed on their GPU
 * @param moved replicas that moved or were lost, by workload then replica
 * @param result the new placement
 */
public record FailureReport(Failure failure, CapacityLoss lost, int kept, List<ReplicaMove> moved,
                            PlacementResult result) {

    /** Copies the list. */
    public FailureReport {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(lost, "lost");
        Objects.requireNonNull(result, "result");
        moved = List.copyOf(moved);
    }

    /** @return number of distinct workloads with at least one moved or lost replica */
    public long workloadsMoved() {
        return moved.stream().map(ReplicaMove::workload).distinct().count();
    }

    /** @return moved replicas that found no GPU */
    public long replicasLost() {
        return moved.stream().filter(m -> m.to().isEmpty()).count();
    }
}
