package io.skyrack.core.placement;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * Planning entity: one replica of one workload, and the GPU it runs on ({@code null} while unplaced). The
 * only thing the solver changes is {@link #gpu}; {@link #pinned} replicas keep theirs.
 */
@PlanningEntity
final class ReplicaAssignment {

    /** Name of the planning variable, as moves refer to it. */
    static final String GPU = "gpu";

    @PlanningId
    private Integer id;
    private WorkloadNode workload;
    private int replica;
    @PlanningVariable(allowsUnassigned = true)
    private GpuNode gpu;
    @PlanningPin
    private boolean pinned;

    /** For the solver's cloning. */
    ReplicaAssignment() {
    }

    ReplicaAssignment(int id, WorkloadNode workload, int replica, GpuNode gpu, boolean pinned) {
        this.id = id;
        this.workload = workload;
        this.replica = replica;
        this.gpu = gpu;
        this.pinned = pinned;
    }

    Integer getId() {
        return id;
    }

    WorkloadNode workload() {
        return workload;
    }

    int replica() {
        return replica;
    }

    GpuNode getGpu() {
        return gpu;
    }

    void setGpu(GpuNode gpu) {
        this.gpu = gpu;
    }

    boolean isPinned() {
        return pinned;
    }

    /** @return index of the satellite it runs on, or −1 while unplaced */
    int satellite() {
        return gpu == null ? -1 : gpu.satellite.index;
    }

    /** @return memory per replica (byte) */
    long memory() {
        return workload.memory;
    }

    /** @return compute per replica (quanta) */
    long compute() {
        return workload.compute;
    }

    /** @return crosslinks its input crosses, empty while unplaced */
    List<LinkNode> route() {
        return gpu == null ? List.of() : workload.route(gpu.satellite.index);
    }

    @Override
    public String toString() {
        return workload + "#" + replica + "@" + gpu;
    }
}
