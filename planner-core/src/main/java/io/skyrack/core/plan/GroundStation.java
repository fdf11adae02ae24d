package io.skyrack.core.plan;

import java.util.Objects;

/**
 * A ground station that receives downlinks.
 *
 * @param name name, unique in the plan
 * @param latitude geodetic latitude (rad)
 * @param longitude longitude (rad, east positive)
 * @param altitude altitude above the WGS-84 ellipsoid (m)
 * @param minElevation minimum elevation for a contact (rad)
 * @param downlinkRate downlink data rate (bit/s)
 */
public record GroundStation(String name, double latitude, double longitude, double altitude, double minElevation,
                            double downlinkRate) {

    /** Checks structure. */
    public GroundStation {
        Objects.requireNonNull(name, "name");
    }
}
