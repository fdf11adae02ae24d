package io.skyrack.core.contacts;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.plan.GroundStation;

/**
 * A ground station's position in ITRF on the WGS-84 ellipsoid and its local zenith (the ellipsoid normal).
 *
 * @param station the station
 * @param x ITRF x (m)
 * @param y ITRF y (m)
 * @param z ITRF z (m)
 * @param nx zenith x
 * @param ny zenith y
 * @param nz zenith z
 */
public record StationGeometry(GroundStation station, double x, double y, double z, double nx, double ny,
                              double nz) {

    /**
     * @param s station
     * @return its geometry
     */
    public static StationGeometry of(GroundStation s) {
        double a = EarthConstants.EQUATORIAL_RADIUS;
        double f = EarthConstants.FLATTENING;
        double e2 = f * (2 - f);
        double sinLat = Math.sin(s.latitude());
        double cosLat = Math.cos(s.latitude());
        double n = a / Math.sqrt(1 - e2 * sinLat * sinLat);
        double h = s.altitude();
        return new StationGeometry(s,
                (n + h) * cosLat * Math.cos(s.longitude()),
                (n + h) * cosLat * Math.sin(s.longitude()),
                (n * (1 - e2) + h) * sinLat,
                cosLat * Math.cos(s.longitude()), cosLat * Math.sin(s.longitude()), sinLat);
    }

    /**
     * @param px ITRF x of the satellite (m)
     * @param py ITRF y (m)
     * @param pz ITRF z (m)
     * @return elevation of the satellite above the station's horizon (rad)
     */
    public double elevation(double px, double py, double pz) {
        double dx = px - x;
        double dy = py - y;
        double dz = pz - z;
        double d = Math.sqrt(dx * dx + dy * dy + dz * dz);
        return Math.asin((dx * nx + dy * ny + dz * nz) / d);
    }

    /**
     * @param px ITRF x of the satellite (m)
     * @param py ITRF y (m)
     * @param pz ITRF z (m)
     * @return slant range from the station (m)
     */
    public double range(double px, double py, double pz) {
        double dx = px - x;
        double dy = py - y;
        double dz = pz - z;
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
