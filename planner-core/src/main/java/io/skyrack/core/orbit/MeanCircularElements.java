package io.skyrack.core.orbit;

import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.Orbit;
import org.orekit.orbits.OrbitType;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;

/**
 * Mean circular orbital elements in the sense of the Eckstein-Hechler theory, at the epoch of the orbit
 * they were taken from.
 *
 * <p>Circular elements stay defined when the eccentricity vanishes: the eccentricity vector is given by
 * its components along the line of nodes and in the orbit plane, and the position on the orbit by the
 * mean argument of latitude.
 *
 * @param a semi-major axis (m)
 * @param ex first component of the eccentricity vector, e cos ω (–)
 * @param ey second component of the eccentricity vector, e sin ω (–)
 * @param i inclination (rad)
 * @param raan right ascension of the ascending node (rad)
 * @param alphaM mean argument of latitude ω + M (rad)
 */
record MeanCircularElements(double a, double ex, double ey, double i, double raan, double alphaM) {

    /** Convergence threshold of Orekit's osculating-to-mean fixed point (Orekit's own default). */
    static final double MEAN_CONVERSION_EPSILON = 1.0e-11;
    /** Iteration limit of Orekit's osculating-to-mean fixed point (Orekit's own default). */
    static final int MEAN_CONVERSION_ITERATIONS = 100;

    /**
     * Takes an orbit's elements as the mean elements themselves, as a designed constellation specifies
     * them (a Walker shell's altitude is a mean altitude).
     *
     * @param orbit orbit whose elements are mean elements
     * @return the same elements in circular form
     */
    static MeanCircularElements ofMeanOrbit(Orbit orbit) {
        return of((CircularOrbit) OrbitType.CIRCULAR.convertType(orbit));
    }

    /**
     * Takes an orbit as osculating and removes the Eckstein-Hechler short-periodic terms with Orekit's
     * fixed-point conversion, exactly as Orekit's propagator does when it is given an osculating orbit.
     *
     * @param orbit osculating orbit
     * @return its mean elements
     * @throws org.orekit.errors.OrekitException when the theory does not apply or the fixed point fails
     */
    static MeanCircularElements ofOsculatingOrbit(Orbit orbit) {
        return of(EcksteinHechlerPropagator.computeMeanOrbit(orbit, EarthConstants.GRAVITY_FIELD_RADIUS,
                EarthConstants.MU, EarthConstants.C20, EarthConstants.C30, EarthConstants.C40, EarthConstants.C50,
                EarthConstants.C60, MEAN_CONVERSION_EPSILON, MEAN_CONVERSION_ITERATIONS));
    }

    private static MeanCircularElements of(CircularOrbit c) {
        return new MeanCircularElements(c.getA(), c.getCircularEx(), c.getCircularEy(), c.getI(),
                c.getRightAscensionOfAscendingNode(), c.getAlphaM());
    }

    /** @return eccentricity (–) */
    double eccentricity() {
        return Math.sqrt(ex * ex + ey * ey);
    }
}
