package io.skyrack.core.placement;

/**
 * The score of a placement, level by level.
 *
 * @param hardPenalty sum of hard-constraint penalties; 0 when feasible
 * @param unservedDemand priority × compute (GOPS) of the unplaced replicas
 * @param activeGpus GPUs hosting at least one replica
 * @param latencyMicros sum over placed replicas of the worst-case latency from their source (µs)
 * @param hops sum over placed replicas of the crosslinks their input crosses
 * @param thermalCost sum over active GPUs of sustained power over thermal headroom (mW/K)
 * @param packingCost packing-density tie-breaker, 0 when every active GPU is full
 * @param score the solver's score text, hard level first
 */
public record PlacementObjective(long hardPenalty, long unservedDemand, int activeGpus, long latencyMicros,
                                 long hops, long thermalCost, long packingCost, String score) {

    /** @return whether every hard constraint holds */
    public boolean feasible() {
        return hardPenalty == 0;
    }
}
