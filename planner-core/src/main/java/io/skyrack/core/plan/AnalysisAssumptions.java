package io.skyrack.core.plan;

import java.util.Objects;

/**
 * Assumptions of an analysis that are not part of the hardware: environment case and mission year.
 *
 * @param environment thermal environment case
 * @param missionYear years since launch used for solar-cell degradation (years, may be fractional)
 * @param capacityBasis which GPU power envelope placement may count on
 * @param propagator which orbit propagator the analysis uses
 */
public record AnalysisAssumptions(EnvironmentCase environment, double missionYear, CapacityBasis capacityBasis,
                                  PropagatorChoice propagator) {

    /** Nominal environment at beginning of life, orbit-minimum capacity, automatic propagator choice. */
    public static final AnalysisAssumptions DEFAULT =
            new AnalysisAssumptions(EnvironmentCase.NOMINAL, 0.0, CapacityBasis.ORBIT_MINIMUM, PropagatorChoice.AUTO);

    /** Checks structure. */
    public AnalysisAssumptions {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(capacityBasis, "capacityBasis");
        Objects.requireNonNull(propagator, "propagator");
    }

    /** Which orbit propagator the analysis uses. */
    public enum PropagatorChoice {
        /**
         * Eckstein-Hechler (J2–J6 zonal, near-circular orbits) for Walker, sun-synchronous and Keplerian
         * satellites; SGP4/SDP4 for TLE sets.
         */
        AUTO,
        /** Two-body Keplerian motion for every satellite except TLE sets, which always use SGP4/SDP4. */
        KEPLERIAN
    }

    /** Thermal environment cases bracketing solar constant, albedo and Earth IR. */
    public enum EnvironmentCase {
        /** Cold case: low solar constant, albedo and outgoing long-wave radiation. */
        COLD,
        /** Mean values (1361 W/m², albedo 0.30, OLR 237 W/m²). */
        NOMINAL,
        /** Hot case: high solar constant, albedo and outgoing long-wave radiation. */
        HOT
    }

    /** The power envelope of a GPU that placement may rely on. */
    public enum CapacityBasis {
        /** The lowest sustained power mode over the orbit (no battery assumed to carry eclipse). */
        ORBIT_MINIMUM,
        /** The orbit-average power mode (a battery carries the eclipse). */
        ORBIT_AVERAGE
    }
}
