package io.skyrack.core.orbit;

import org.orekit.utils.Constants;

/** Earth figures every orbit computation in Skyrack shares. */
public final class EarthConstants {

    /** Equatorial radius, WGS-84 (m); altitudes in plans are above this radius. */
    public static final double EQUATORIAL_RADIUS = Constants.WGS84_EARTH_EQUATORIAL_RADIUS;
    /** Flattening, WGS-84. */
    public static final double FLATTENING = Constants.WGS84_EARTH_FLATTENING;
    /** Gravitational parameter, EIGEN-5C (m³/s²), as used by Orekit's Eckstein-Hechler model. */
    public static final double MU = Constants.EIGEN5C_EARTH_MU;
    /** Second zonal harmonic J2 = −C20 (unnormalised), EIGEN-5C. */
    public static final double J2 = -Constants.EIGEN5C_EARTH_C20;
    /** Mean motion of the mean Sun: 2π per tropical year of 365.2421897 days (rad/s). */
    public static final double SUN_MEAN_MOTION = 2 * Math.PI / (365.2421897 * 86_400.0);

    private EarthConstants() {
    }
}
