package io.skyrack.thermal;

/**
 * View factor from a flat plate (one side) in orbit to a spherical Earth.
 *
 * <p>With {@code H = (R + h)/R} and φ the angle between the plate normal and nadir, the configuration factor
 * from a differential planar element to a sphere is (J. R. Howell, "A Catalog of Radiation Heat Transfer
 * Configuration Factors", planar element to sphere with the element tilted; the same result is tabulated in
 * D. G. Gilmore (ed.), "Spacecraft Thermal Control Handbook", Vol. I, 2nd ed., 2002, ch. 2, for Earth
 * view factors of flat plates):
 * <ul>
 *   <li>φ ≤ arccos(1/H), the whole sphere above the plate's horizon: {@code F = cos φ / H²} (for a plate
 *       facing nadir {@code F = (R/(R + h))²});</li>
 *   <li>φ ≥ π/2 + arcsin(1/H), the sphere wholly behind the plate: {@code F = 0};</li>
 *   <li>in between, the sphere cut by the plate's horizon:
 *       {@code F = 1/2 − (1/π)·asin(√(H²−1)/(H sin φ))
 *       + (1/(π H²))·[cos φ · acos(−√(H²−1) cot φ) − √(H²−1) · √(1 − H² cos² φ)]}.</li>
 * </ul>
 * The three pieces join continuously at both boundaries.
 */
public final class EarthViewFactor {

    /** Mean radius of the Earth (m), IUGG. */
    public static final double EARTH_MEAN_RADIUS = 6_371_008.8;

    private EarthViewFactor() {
    }

    /**
     * @param angleToNadir angle between the plate normal and the nadir direction (rad)
     * @param altitude height of the plate above the sphere (m), positive
     * @param radius radius of the sphere (m), positive
     * @return the view factor from the plate to the sphere (0–1)
     * @throws IllegalArgumentException if the altitude or radius is not finite and positive, or the angle
     *     is not finite
     */
    public static double ofAngle(double angleToNadir, double altitude, double radius) {
        if (!Double.isFinite(angleToNadir)) {
            throw new IllegalArgumentException("angle to nadir must be finite, was " + angleToNadir);
        }
        return ofCosine(Math.cos(angleToNadir), altitude, radius);
    }

    /**
     * @param cosAngleToNadir cosine of the angle between the plate normal and the nadir direction
     * @param altitude height of the plate above the sphere (m), positive
     * @param radius radius of the sphere (m), positive
     * @return the view factor from the plate to the sphere (0–1)
     * @throws IllegalArgumentException if the altitude or radius is not finite and positive, or the cosine
     *     is not finite
     */
    public static double ofCosine(double cosAngleToNadir, double altitude, double radius) {
        if (!(Double.isFinite(altitude) && altitude > 0.0 && Double.isFinite(radius) && radius > 0.0)) {
            throw new IllegalArgumentException("altitude and radius must be finite and positive, were " + altitude
                    + " and " + radius);
        }
        if (!Double.isFinite(cosAngleToNadir)) {
            throw new IllegalArgumentException("cosine must be finite, was " + cosAngleToNadir);
        }
        double cosPhi = Math.max(-1.0, Math.min(1.0, cosAngleToNadir));
        double h = (radius + altitude) / radius;
        double invH = 1.0 / h;
        if (cosPhi >= invH) {
            // the whole sphere is above the plate's horizon
            return cosPhi * invH * invH;
        }
        if (cosPhi <= -invH) {
            // the sphere is wholly behind the plate
            return 0.0;
        }
        double sinPhi = Math.sqrt(Math.max(0.0, 1.0 - cosPhi * cosPhi));
        double root = Math.sqrt(h * h - 1.0);
        double asinArg = Math.min(1.0, root / (h * sinPhi));
        double acosArg = Math.max(-1.0, Math.min(1.0, -root * cosPhi / sinPhi));
        double chord = Math.sqrt(Math.max(0.0, 1.0 - h * h * cosPhi * cosPhi));
        double f = 0.5 - Math.asin(asinArg) / Math.PI
                + (cosPhi * Math.acos(acosArg) - root * chord) / (Math.PI * h * h);
        return Math.max(0.0, Math.min(1.0, f));
    }
}
