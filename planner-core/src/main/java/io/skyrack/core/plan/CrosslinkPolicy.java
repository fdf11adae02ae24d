package io.skyrack.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * Which satellite pairs may be linked by optical crosslinks.
 *
 * @param rule topology rule
 * @param nearestK number of neighbours for {@link TopologyRule#NEAREST_K}
 * @param maxRange largest link range; the smaller of this and a terminal's range applies (m)
 * @param grazingAltitudeMargin lowest altitude the line of sight may pass above the Earth (m)
 * @param perHopDelay processing delay added at each hop when routing (s)
 * @param manualPairs explicit pairs for {@link TopologyRule#MANUAL} (added to the rule's pairs otherwise)
 */
public record CrosslinkPolicy(TopologyRule rule, int nearestK, double maxRange, double grazingAltitudeMargin,
                              double perHopDelay, List<LinkPair> manualPairs) {

    /** Checks structure and copies the list. */
    public CrosslinkPolicy {
        Objects.requireNonNull(rule, "rule");
        manualPairs = List.copyOf(manualPairs);
    }

    /**
     * A +Grid policy with default hop delay.
     *
     * @param maxRange maximum link range (m)
     * @param grazingMargin grazing-altitude margin (m)
     * @return the policy
     */
    public static CrosslinkPolicy plusGrid(double maxRange, double grazingMargin) {
        return new CrosslinkPolicy(TopologyRule.PLUS_GRID, 4, maxRange, grazingMargin, 1e-3, List.of());
    }

    /** Topology rules. */
    public enum TopologyRule {
        /** Two in-plane neighbours and one neighbour in each adjacent plane. */
        PLUS_GRID,
        /** The k nearest satellites within range. */
        NEAREST_K,
        /** Only the listed pairs. */
        MANUAL
    }

    /**
     * An explicit link between two named satellites.
     *
     * @param satelliteA first satellite name
     * @param satelliteB second satellite name
     */
    public record LinkPair(String satelliteA, String satelliteB) {

        /** Checks structure. */
        public LinkPair {
            Objects.requireNonNull(satelliteA, "satelliteA");
            Objects.requireNonNull(satelliteB, "satelliteB");
        }
    }
}
