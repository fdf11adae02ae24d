package io.skyrack.core.placement;

import java.util.Objects;

/**
 * A replica the optimizer could not place, with the constraint that blocks it and why, in numbers.
 *
 * @param workload workload name
 * @param replica replica index
 * @param constraint the blocking constraint
 * @param reason one sentence with the figures (for example "needs 48.0 GiB; the largest free GPU memory
 *     within 20.0 ms of sat-3 is 32.0 GiB")
 */
public record UnplacedReplica(String workload, int replica, BlockingConstraint constraint, String reason) {

    /** Checks structure. */
    public UnplacedReplica {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(reason, "reason");
    }
}
