package io.skyrack.core.lighting;

import java.util.List;

/**
 * Lighting of every satellite over the analysis window.
 *
 * @param illumination visible fraction of the solar disk per satellite and step (0–1), indexed like the grid
 * @param beta beta angle per satellite and step: elevation of the Sun above the orbit plane (rad)
 * @param intervals umbra and penumbra intervals, by satellite then start time
 * @param eclipseFractions per satellite, the eclipse fraction of each complete orbit in the window
 *        ((umbra + ½ penumbra) / period); the whole window when it is shorter than an orbit
 * @param periods per satellite, the draconic period measured on the grid (the osculating Keplerian period at the
 *        window start when the window holds fewer than two ascending nodes) (s)
 * @param sun the Sun's position at each step
 */
public record Lighting(float[] illumination, float[] beta, List<EclipseInterval> intervals,
                       List<double[]> eclipseFractions, double[] periods, SunEphemeris sun) {

    /** @return the smallest eclipse fraction of any satellite over any orbit, NaN without satellites */
    public double minEclipseFraction() {
        return eclipseFractions.stream().flatMapToDouble(java.util.Arrays::stream).min().orElse(Double.NaN);
    }

    /** @return the largest eclipse fraction of any satellite over any orbit, NaN without satellites */
    public double maxEclipseFraction() {
        return eclipseFractions.stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(Double.NaN);
    }
}
