package io.skyrack.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * Satellites given one by one by their osculating Keplerian elements at the plan epoch.
 *
 * @param id identifier
 * @param name display name
 * @param satellites the satellites
 * @param template satellite template
 */
public record ExplicitConstellationSpec(
        String id,
        String name,
        List<KeplerianSatellite> satellites,
        SatelliteTemplate template) implements Constellation {

    /** Checks structure and copies the list. */
    public ExplicitConstellationSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        satellites = List.copyOf(satellites);
    }

    @Override
    public int satelliteCount() {
        return satellites.size();
    }

    @Override
    public ExplicitConstellationSpec withTemplate(SatelliteTemplate newTemplate) {
        return new ExplicitConstellationSpec(id, name, satellites, newTemplate);
    }

    /**
     * One satellite's Keplerian elements at the plan epoch, in EME2000.
     *
     * @param name satellite name, unique in the plan
     * @param semiMajorAxis semi-major axis (m)
     * @param eccentricity eccentricity (–)
     * @param inclination inclination (rad)
     * @param argumentOfPerigee argument of perigee (rad)
     * @param raan right ascension of the ascending node (rad)
     * @param meanAnomaly mean anomaly (rad)
     */
    public record KeplerianSatellite(
            String name,
            double semiMajorAxis,
            double eccentricity,
            double inclination,
            double argumentOfPerigee,
            double raan,
            double meanAnomaly) {

        /** Checks structure. */
        public KeplerianSatellite {
            Objects.requireNonNull(name, "name");
        }
    }
}
