package io.skyrack.core.orbit;

import java.util.Objects;
import java.util.Optional;
import org.orekit.orbits.Orbit;
import org.orekit.propagation.analytical.tle.TLE;

/**
 * One satellite of a plan with its orbit at the plan epoch.
 *
 * @param name satellite name
 * @param constellationIndex index of its constellation in the plan
 * @param plane 0-based plane index (0 when not applicable)
 * @param slot 0-based index in the plane
 * @param orbit osculating orbit at the plan epoch in EME2000
 * @param tle the element set for TLE satellites
 */
public record SatelliteOrbit(String name, int constellationIndex, int plane, int slot, Orbit orbit,
                             Optional<TLE> tle) {

    /** Checks structure. */
    public SatelliteOrbit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(orbit, "orbit");
        Objects.requireNonNull(tle, "tle");
    }
}
