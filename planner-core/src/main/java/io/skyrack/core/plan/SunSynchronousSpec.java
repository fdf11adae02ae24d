package io.skyrack.core.plan;

import java.util.Objects;

/**
 * Satellites evenly spaced in one circular sun-synchronous plane; the inclination follows from the
 * altitude (J2 nodal precession equal to the Sun's mean motion) and the plane from the local time of the
 * ascending node.
 *
 * <p>Satellites are named {@code <id>-<n>} with a 1-based, zero-padded index.
 *
 * @param id identifier
 * @param name display name
 * @param altitude altitude above the equatorial radius (m)
 * @param ltanHours mean local solar time of the ascending node (h, 0–24; 6 or 18 for dawn–dusk)
 * @param satellites number of satellites in the plane
 * @param meanAnomalyOffset mean argument of latitude of the first satellite at the epoch (rad)
 * @param template satellite template
 */
public record SunSynchronousSpec(
        String id,
        String name,
        double altitude,
        double ltanHours,
        int satellites,
        double meanAnomalyOffset,
        SatelliteTemplate template) implements Constellation {

    /** Checks structure. */
    public SunSynchronousSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
    }

    @Override
    public int satelliteCount() {
        return Math.max(0, satellites);
    }

    @Override
    public SunSynchronousSpec withTemplate(SatelliteTemplate newTemplate) {
        return new SunSynchronousSpec(id, name, altitude, ltanHours, satellites, meanAnomalyOffset, newTemplate);
    }
}
