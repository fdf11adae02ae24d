package io.skyrack.thermal;

/**
 * Builds a sun-tracking TILE's inputs from plain geometry: positions in an inertial, Earth-centred frame and
 * the Sun's direction. The solar face (+z) points at the Sun at all times, so the Sun vector in the TILE
 * frame is (0, 0, 1) and the radiator faces away from it; in eclipse the TILE keeps pointing at the hidden
 * Sun. Earth view factors come from {@link EarthViewFactor} for the angle between each face normal and
 * nadir; the albedo factor is the cosine of the Sun's zenith angle at the sub-satellite point, clipped at 0.
 */
public final class SunTrackingGeometry {

    private SunTrackingGeometry() {
    }

    /**
     * @param tileId identifier of the TILE instance
     * @param time sample times, uniformly spaced (s)
     * @param x position, inertial x (m)
     * @param y position, inertial y (m)
     * @param z position, inertial z (m)
     * @param sunX Sun unit vector, inertial x
     * @param sunY Sun unit vector, inertial y
     * @param sunZ Sun unit vector, inertial z
     * @param illumination visible fraction of the solar disc per sample (0–1), for instance from
     *        {@link #cylindricalShadow}
     * @param earthRadius radius of the spherical Earth (m)
     * @return the inputs, with new arrays except {@code time} and {@code illumination}, which are shared
     */
    public static OrbitThermalInputs inputs(String tileId, double[] time, double[] x, double[] y, double[] z,
                                            double[] sunX, double[] sunY, double[] sunZ, double[] illumination,
                                            double earthRadius) {
        int n = time.length;
        double[] zero = new double[n];
        double[] one = new double[n];
        double[] viewSolar = new double[n];
        double[] viewRadiator = new double[n];
        double[] albedo = new double[n];
        for (int k = 0; k < n; k++) {
            double r = Math.sqrt(x[k] * x[k] + y[k] * y[k] + z[k] * z[k]);
            double cosZenith = (x[k] * sunX[k] + y[k] * sunY[k] + z[k] * sunZ[k]) / r;
            double altitude = r - earthRadius;
            one[k] = 1.0;
            // nadir is −r̂: the solar face (+Sun) makes cos = −cosZenith with nadir, the radiator +cosZenith
            viewSolar[k] = EarthViewFactor.ofCosine(-cosZenith, altitude, earthRadius);
            viewRadiator[k] = EarthViewFactor.ofCosine(cosZenith, altitude, earthRadius);
            albedo[k] = Math.max(0.0, cosZenith);
        }
        return new OrbitThermalInputs(tileId, time, zero, zero.clone(), one, illumination, viewSolar, viewRadiator,
                albedo);
    }

    /**
     * Illumination in a cylindrical Earth shadow: 0 behind the Earth within its radius of the Sun line,
     * 1 elsewhere (no penumbra).
     *
     * @param x position, inertial x (m)
     * @param y position, inertial y (m)
     * @param z position, inertial z (m)
     * @param sunX Sun unit vector, inertial x
     * @param sunY Sun unit vector, inertial y
     * @param sunZ Sun unit vector, inertial z
     * @param earthRadius radius of the shadow cylinder (m)
     * @return illumination per sample (0 or 1)
     */
    public static double[] cylindricalShadow(double[] x, double[] y, double[] z, double[] sunX, double[] sunY,
                                             double[] sunZ, double earthRadius) {
        double[] lit = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            double along = x[k] * sunX[k] + y[k] * sunY[k] + z[k] * sunZ[k];
            double px = x[k] - along * sunX[k];
            double py = y[k] - along * sunY[k];
            double pz = z[k] - along * sunZ[k];
            boolean shadow = along < 0.0 && px * px + py * py + pz * pz < earthRadius * earthRadius;
            lit[k] = shadow ? 0.0 : 1.0;
        }
        return lit;
    }
}
