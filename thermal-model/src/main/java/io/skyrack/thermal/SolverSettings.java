package io.skyrack.thermal;

/**
 * Settings of the orbit solver.
 *
 * @param maxOrbits orbits simulated at most while looking for the periodic state
 * @param periodicToleranceK largest change of any node temperature over one orbit accepted as periodic (K)
 * @param periodicToleranceBattery largest change of battery charge over one orbit accepted as periodic,
 *        relative to capacity
 * @param newtonToleranceK largest Newton correction accepted as converged in each step (K)
 * @param recoveryMarginK a group returns to a higher mode only when its predicted junction is this far below
 *        the limit, so that the controller does not toggle every step at the limit (K)
 */
public record SolverSettings(int maxOrbits, double periodicToleranceK, double periodicToleranceBattery,
                             double newtonToleranceK, double recoveryMarginK) {

    /** 50 orbits, 0.01 K, 1e-6 of capacity, 1e-7 K, 2 K recovery margin. */
    public static final SolverSettings DEFAULT = new SolverSettings(50, 0.01, 1e-6, 1e-7, 2.0);

    /** Checks ranges. */
    public SolverSettings {
        if (maxOrbits < 1) {
            throw new IllegalArgumentException("maxOrbits must be at least 1, was " + maxOrbits);
        }
        if (!(periodicToleranceK > 0.0 && periodicToleranceBattery > 0.0 && newtonToleranceK > 0.0
                && recoveryMarginK >= 0.0)) {
            throw new IllegalArgumentException("tolerances must be positive and the margin not negative");
        }
    }

    /**
     * @param margin recovery margin (K)
     * @return these settings with another recovery margin
     */
    public SolverSettings withRecoveryMarginK(double margin) {
        return new SolverSettings(maxOrbits, periodicToleranceK, periodicToleranceBattery, newtonToleranceK, margin);
    }
}
