package io.skyrack.core.placement;

import java.util.Objects;
import java.util.Optional;

/**
 * A replica whose GPU changed after a failure.
 *
 * @param workload workload name
 * @param replica replica index
 * @param from GPU it ran on before
 * @param to GPU it runs on now; empty when it could not be placed again
 */
public record ReplicaMove(String workload, int replica, String from, Optional<String> to) {

    /** Checks structure. */
    public ReplicaMove {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
