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
    /** Reference radius of the EIGEN-5C gravity field (m), used by the Eckstein-Hechler model. */
    public static final double GRAVITY_FIELD_RADIUS = Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS;
    /** Unnormalised zonal coefficient C20 of EIGEN-5C (about −1.08e-3). */
    public static final double C20 = Constants.EIGEN5C_EARTH_C20;
    /** Unnormalised zonal coefficient C30 of EIGEN-5C (about +2.53e-6). */
    public static final double C30 = Constants.EIGEN5C_EARTH_C30;
    /** Unnormalised zonal coefficient C40 of EIGEN-5C (about +1.62e-6). */
    public static final double C40 = Constants.EIGEN5C_EARTH_C40;
    /** Unnormalised zonal coefficient C50 of EIGEN-5C (about +2.28e-7). */
    public static final double C50 = Constants.EIGEN5C_EARTH_C50;
    /** Unnormalised zonal coefficient C60 of EIGEN-5C (about −5.41e-7). */
    public static final double C60 = Constants.EIGEN5C_EARTH_C60;
    /** Mean motion of the mean Sun: 2π per tropical year of 365.2421897 days (rad/s). */
    public static final double SUN_MEAN_MOTION = 2 * Math.PI / (365.2421897 * 86_400.0);

    private EarthConstants() {
    }
}
