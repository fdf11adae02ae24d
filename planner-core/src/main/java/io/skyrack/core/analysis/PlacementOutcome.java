package io.skyrack.core.analysis;

import io.skyrack.core.placement.Assignment;
import io.skyrack.core.placement.PlacementProblem;
import io.skyrack.core.placement.PlacementResult;
import io.skyrack.core.power.SustainedCapacity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workload placement of an analysis: the problem built from the power and thermal budget and the network, the
 * optimizer's result, and each GPU of the problem by id with the sustained mode it was offered at.
 *
 * @param problem the placement problem
 * @param result the placement
 * @param gpus GPUs of the problem by id
 */
public record PlacementOutcome(PlacementProblem problem, PlacementResult result,
                               Map<String, SustainedCapacity.Gpu> gpus) {

    /** Copies the map. */
    public PlacementOutcome {
        gpus = Map.copyOf(gpus);
    }

    /** Nothing to place: no workloads or no GPU that holds a mode. */
    static PlacementOutcome none(PlacementProblem problem, PlacementResult result) {
        return new PlacementOutcome(problem, result, Map.of());
    }

    /**
     * @param a an assignment of the result
     * @return the GPU it runs on
     */
    public Optional<SustainedCapacity.Gpu> gpu(Assignment a) {
        return Optional.ofNullable(gpus.get(a.gpuId()));
    }

    /** @return workloads with every replica placed */
    public long workloadsServed() {
        return problem.workloads().stream().filter(w -> result.unplaced().stream()
                .noneMatch(u -> u.workload().equals(w.name()))).count();
    }

    /** @return replicas requested */
    public int replicas() {
        return problem.workloads().stream().mapToInt(w -> w.replicas()).sum();
    }

    /** @return one line per unplaced workload: its name, how many replicas are missing, and why */
    public List<String> unplacedSummary() {
        return result.unplaced().stream().map(u -> u.workload()).distinct().map(w -> {
            var mine = result.unplaced().stream().filter(u -> u.workload().equals(w)).toList();
            return w + ": " + mine.size() + " replica(s) unplaced — " + mine.get(0).reason();
        }).toList();
    }
}
