package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What one TILE sees over time, in structure-of-arrays form: the Sun's direction in the TILE frame,
 * illumination, Earth view factors of both faces and the albedo factor, at uniformly spaced times.
 *
 * <p>The TILE frame has +z along the solar-face normal and −z along the radiator normal. Between samples
 * the absorbed environmental heat is interpolated linearly. For a periodic solve the samples cover exactly
 * one orbit, {@code time[k] = time[0] + k·step} for {@code k < n}, and sample {@code n} (not given) is
 * sample 0 of the next orbit: the period is {@code n·step}. The arrays are shared, not copied: callers must
 * not modify them.
 *
 * @param tileId identifier of the TILE instance, carried into throttle events
 * @param time sample times, uniformly spaced (s)
 * @param sunX Sun unit vector, TILE x
 * @param sunY Sun unit vector, TILE y
 * @param sunZ Sun unit vector, TILE z: the cosine of the Sun's incidence on the solar face
 * @param illumination visible fraction of the solar disc (0–1)
 * @param earthViewSolarFace view factor from the solar face to the Earth (0–1)
 * @param earthViewRadiator view factor from the radiator face to the Earth (0–1)
 * @param albedoFactor cosine of the Sun's zenith angle at the sub-satellite point, clipped at 0 (0–1)
 */
public record OrbitThermalInputs(String tileId, double[] time, double[] sunX, double[] sunY, double[] sunZ,
                                 double[] illumination, double[] earthViewSolarFace, double[] earthViewRadiator,
                                 double[] albedoFactor) {

    /** Relative tolerance on the uniformity of the time step. */
    static final double UNIFORM_TOLERANCE = 1e-6;

    /** Tolerance on the norm of the Sun vector. */
    static final double SUN_NORM_TOLERANCE = 1e-3;

    /** Checks structure. */
    public OrbitThermalInputs {
        Objects.requireNonNull(tileId, "tileId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(sunX, "sunX");
        Objects.requireNonNull(sunY, "sunY");
        Objects.requireNonNull(sunZ, "sunZ");
        Objects.requireNonNull(illumination, "illumination");
        Objects.requireNonNull(earthViewSolarFace, "earthViewSolarFace");
        Objects.requireNonNull(earthViewRadiator, "earthViewRadiator");
        Objects.requireNonNull(albedoFactor, "albedoFactor");
    }

    /**
     * Constant inputs: the same condition at every sample.
     *
     * @param tileId identifier of the TILE instance
     * @param samples number of samples
     * @param step time between samples (s)
     * @param c the condition
     * @return the inputs
     */
    public static OrbitThermalInputs constant(String tileId, int samples, double step, SteadyCondition c) {
        double[] t = new double[samples];
        for (int k = 0; k < samples; k++) {
            t[k] = k * step;
        }
        return new OrbitThermalInputs(tileId, t, filled(samples, c.sunX()), filled(samples, c.sunY()),
                filled(samples, c.sunZ()), filled(samples, c.illumination()), filled(samples, c.earthViewSolarFace()),
                filled(samples, c.earthViewRadiator()), filled(samples, c.albedoFactor()));
    }

    private static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    /** @return number of samples */
    public int size() {
        return time.length;
    }

    /** @return time between samples (s), or NaN with fewer than two samples */
    public double step() {
        return time.length < 2 ? Double.NaN : time[1] - time[0];
    }

    /**
     * @param k sample index
     * @return the condition at that sample
     */
    public SteadyCondition at(int k) {
        return new SteadyCondition(sunX[k], sunY[k], sunZ[k], illumination[k], earthViewSolarFace[k],
                earthViewRadiator[k], albedoFactor[k]);
    }

    /** @return findings for lengths, time grid and values out of range; at most one per array */
    public List<ThermalFinding> validate() {
        List<ThermalFinding> out = new ArrayList<>();
        int n = time.length;
        if (n < 2) {
            out.add(new ThermalFinding("time", "at least two samples are required, were " + n));
            return out;
        }
        double[][] arrays = {sunX, sunY, sunZ, illumination, earthViewSolarFace, earthViewRadiator, albedoFactor};
        String[] names = {"sunX", "sunY", "sunZ", "illumination", "earthViewSolarFace", "earthViewRadiator",
            "albedoFactor"};
        boolean lengthsOk = true;
        for (int a = 0; a < arrays.length; a++) {
            if (arrays[a].length != n) {
                out.add(new ThermalFinding(names[a], "has " + arrays[a].length + " samples, time has " + n));
                lengthsOk = false;
            }
        }
        checkTimeGrid(out);
        if (!lengthsOk) {
            return out;
        }
        for (int a = 3; a < arrays.length; a++) {
            int k = firstOutsideUnitInterval(arrays[a]);
            if (k >= 0) {
                Checks.fraction(out, names[a] + "[" + k + "]", arrays[a][k]);
            }
        }
        // |norm − 1| ≤ tol, compared on the squared norm (no square root per sample); NaN fails both bounds
        double low = (1.0 - SUN_NORM_TOLERANCE) * (1.0 - SUN_NORM_TOLERANCE);
        double high = (1.0 + SUN_NORM_TOLERANCE) * (1.0 + SUN_NORM_TOLERANCE);
        for (int k = 0; k < n; k++) {
            double squared = sunX[k] * sunX[k] + sunY[k] * sunY[k] + sunZ[k] * sunZ[k];
            if (!(squared >= low && squared <= high)) {
                out.add(new ThermalFinding("sunX[" + k + "]", "the Sun vector must be a unit vector, its norm was "
                        + Math.sqrt(squared)));
                break;
            }
        }
        return out;
    }

    /** @return the first index whose value is not in [0, 1] (NaN included), or −1 */
    private static int firstOutsideUnitInterval(double[] v) {
        for (int k = 0; k < v.length; k++) {
            if (!(v[k] >= 0.0 && v[k] <= 1.0)) {
                return k;
            }
        }
        return -1;
    }

    private void checkTimeGrid(List<ThermalFinding> out) {
        double step = step();
        if (!(Double.isFinite(step) && step > 0.0)) {
            out.add(new ThermalFinding("time[1]", "the time step must be finite and positive, was " + step));
            return;
        }
        for (int k = 1; k < time.length; k++) {
            double dk = time[k] - time[k - 1];
            if (!(Math.abs(dk - step) <= UNIFORM_TOLERANCE * step)) {
                out.add(new ThermalFinding("time[" + k + "]", "the time step must be uniform: " + dk + " s after "
                        + step + " s"));
                return;
            }
        }
    }
}
