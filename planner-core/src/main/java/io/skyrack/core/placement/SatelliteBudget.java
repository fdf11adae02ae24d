package io.skyrack.core.placement;

import java.util.Objects;

/**
 * A satellite as placement sees it: a name and the electrical power its bus can give to compute.
 *
 * @param name satellite name, unique in the problem
 * @param computePower power available to the GPUs over the window (W), as the power engine sets it (orbit
 *     minimum, or orbit average when a battery carries the eclipse)
 */
public record SatelliteBudget(String name, double computePower) {

    /** Checks ranges. */
    public SatelliteBudget {
        Objects.requireNonNull(name, "name");
        if (!(computePower >= 0)) {
            throw new IllegalArgumentException("satellite " + name + ": compute power must be ≥ 0, got "
                    + computePower);
        }
    }
}
