package io.skyrack.core.plan;

import java.util.Objects;

/**
 * A Walker constellation i:T/P/F of circular orbits, built with Orekit's {@code WalkerConstellation}.
 *
 * <p>Satellites are named {@code <id>-P<plane>-S<slot>} with 1-based, zero-padded plane and slot.
 *
 * @param id identifier
 * @param name display name
 * @param pattern delta (RAAN spread over 360°) or star (RAAN spread over 180°)
 * @param planes number of orbital planes P
 * @param satellitesPerPlane satellites per plane (T / P)
 * @param phasing phasing parameter F, in [0, P−1]
 * @param altitude altitude above the equatorial radius (m)
 * @param inclination inclination (rad)
 * @param raanOffset right ascension of the ascending node of the first plane at the epoch (rad)
 * @param template satellite template
 */
public record WalkerConstellationSpec(
        String id,
        String name,
        WalkerPattern pattern,
        int planes,
        int satellitesPerPlane,
        int phasing,
        double altitude,
        double inclination,
        double raanOffset,
        SatelliteTemplate template) implements Constellation {

    /** Checks structure. */
    public WalkerConstellationSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(template, "template");
    }

    @Override
    public int satelliteCount() {
        return planes > 0 && satellitesPerPlane > 0 ? planes * satellitesPerPlane : 0;
    }

    @Override
    public WalkerConstellationSpec withTemplate(SatelliteTemplate newTemplate) {
        return new WalkerConstellationSpec(id, name, pattern, planes, satellitesPerPlane, phasing, altitude,
                inclination, raanOffset, newTemplate);
    }

    /** Walker patterns. */
    public enum WalkerPattern {
        /** Walker delta: planes spread over 360° of RAAN. */
        DELTA,
        /** Walker star (polar): planes spread over 180° of RAAN, with a counter-rotating seam. */
        STAR
    }
}
