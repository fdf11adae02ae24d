package io.skyrack.core.placement;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the local search runs. A run that ends on {@link #moveLimit()} alone is reproducible: the same
 * problem and seed give the same placement on any machine. A time limit makes the result depend on the
 * machine's speed.
 *
 * @param randomSeed seed of the solver's random generator
 * @param timeLimit wall-time limit of the local search; {@link Duration#ZERO} for none
 * @param unimprovedTimeLimit stop after this long without a better score; {@link Duration#ZERO} for none
 * @param moveLimit stop after evaluating this many moves; 0 for none
 */
public record PlacementSettings(long randomSeed, Duration timeLimit, Duration unimprovedTimeLimit, long moveLimit) {

    /** Checks that some limit ends the search. */
    public PlacementSettings {
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(unimprovedTimeLimit, "unimprovedTimeLimit");
        if (timeLimit.isNegative() || unimprovedTimeLimit.isNegative() || moveLimit < 0) {
            throw new IllegalArgumentException("limits must be ≥ 0");
        }
        if (timeLimit.isZero() && unimprovedTimeLimit.isZero() && moveLimit == 0) {
            throw new IllegalArgumentException("no limit would end the search");
        }
    }

    /**
     * @param seed random seed
     * @param moves moves to evaluate
     * @return settings that give the same placement on every run and machine
     */
    public static PlacementSettings reproducible(long seed, long moves) {
        return new PlacementSettings(seed, Duration.ZERO, Duration.ZERO, moves);
    }

    /**
     * @param seed random seed
     * @param limit wall-time limit
     * @param unimproved stop after this long without a better score
     * @return time-limited settings
     */
    public static PlacementSettings timed(long seed, Duration limit, Duration unimproved) {
        return new PlacementSettings(seed, limit, unimproved, 0);
    }
}
