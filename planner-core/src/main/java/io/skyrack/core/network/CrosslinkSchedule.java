package io.skyrack.core.network;

import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;
import io.skyrack.core.validation.Finding;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The crosslinks of a plan over the analysis window: the candidate pairs, when each is available, the links
 * available at every grid step with their range and range rate, availability windows, and notes for the
 * engineer.
 *
 * <p>Availability is a bit per pair and step, indexed {@code pair * stepCount + step}. The available links are
 * stored step by step in compressed form: the links of step {@code k} are entries
 * {@code linkStart()[k]} to {@code linkStart()[k + 1] − 1} of {@link #linkPairs()}, {@link #linkRanges()} and
 * {@link #linkRangeRates()}, pairs ascending, so storage grows with the links in use rather than with every
 * candidate (nearest-k on a symmetric shell meets tens of thousands of candidate pairs a day, most of them
 * unused at any one step). Ranges are stored as {@code float} (a relative precision of 6·10⁻⁸, under a metre at
 * 5,000 km). Range, range rate and pointing of any pair at any step are also computed on demand from the
 * ephemeris ({@link #range}, {@link #rangeRate}, {@link #pointing}). Arrays are shared, not copied: callers must
 * not modify them.
 */
public final class CrosslinkSchedule {

    private final List<SatellitePair> pairs;
    private final EphemerisGrid grid;
    private final BitSet available;
    private final int[] linkStart;
    private final int[] linkPair;
    private final float[] linkRange;
    private final float[] linkRangeRate;
    private final List<LinkWindow> windows;
    private final List<Finding> findings;
    private final AttitudeMode[] attitude;
    private final double[][] sun;
    private final Map<String, Integer> index = new HashMap<>();

    /**
     * @param pairs candidate pairs, ordered by first then second satellite
     * @param grid the ephemeris the schedule was computed from
     * @param available availability per pair and step
     * @param windows availability windows, by start time
     * @param findings notes for the engineer
     * @param attitude attitude mode of each satellite
     * @param sun the Sun per step in EME2000 {x[], y[], z[]}, any length, or null when no attitude needs it
     */
    CrosslinkSchedule(List<SatellitePair> pairs, EphemerisGrid grid, BitSet available, List<LinkWindow> windows,
                      List<Finding> findings, AttitudeMode[] attitude, double[][] sun) {
        this.pairs = List.copyOf(pairs);
        this.grid = grid;
        this.available = available;
        this.windows = List.copyOf(windows);
        this.findings = List.copyOf(findings);
        this.attitude = attitude.clone();
        this.sun = sun;
        for (int p = 0; p < this.pairs.size(); p++) {
            SatellitePair sp = this.pairs.get(p);
            index.put(key(sp.nameA(), sp.nameB()), p);
        }
        // links step by step: count, then fill in pair order so that each step's pairs ascend
        int steps = grid.stepCount();
        linkStart = new int[steps + 1];
        for (int p = 0; p < this.pairs.size(); p++) {
            for (int k = available.nextSetBit(p * steps); k >= 0 && k < (p + 1) * steps;
                 k = available.nextSetBit(k + 1)) {
                linkStart[k - p * steps + 1]++;
            }
        }
        for (int k = 0; k < steps; k++) {
            linkStart[k + 1] += linkStart[k];
        }
        int total = linkStart[steps];
        linkPair = new int[total];
        linkRange = new float[total];
        linkRangeRate = new float[total];
        int[] fill = Arrays.copyOf(linkStart, steps);
        for (int p = 0; p < this.pairs.size(); p++) {
            for (int bit = available.nextSetBit(p * steps); bit >= 0 && bit < (p + 1) * steps;
                 bit = available.nextSetBit(bit + 1)) {
                int k = bit - p * steps;
                int at = fill[k]++;
                linkPair[at] = p;
                linkRange[at] = (float) range(p, k);
                linkRangeRate[at] = (float) rangeRate(p, k);
            }
        }
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + '\u0000' + b : b + '\u0000' + a;
    }

    /** @return the candidate pairs, ordered by first then second satellite index */
    public List<SatellitePair> pairs() {
        return pairs;
    }

    /**
     * @param satelliteA a satellite name
     * @param satelliteB another satellite name, in either order
     * @return the index of their pair, if it is a candidate
     */
    public OptionalInt pairIndex(String satelliteA, String satelliteB) {
        Integer p = index.get(key(satelliteA, satelliteB));
        return p == null ? OptionalInt.empty() : OptionalInt.of(p);
    }

    /** @return number of grid steps */
    public int stepCount() {
        return grid.stepCount();
    }

    /** @return time between steps (s) */
    public double step() {
        return grid.step();
    }

    /** @return time of step 0 (UTC) */
    public Instant start() {
        return grid.start();
    }

    /**
     * @param pair pair index
     * @param k step index
     * @return true when the link is available at the step
     */
    public boolean isAvailable(int pair, int k) {
        return available.get(pair * grid.stepCount() + k);
    }

    /**
     * @param pair pair index
     * @return the steps at which the link is available (a copy)
     */
    public BitSet availability(int pair) {
        int n = grid.stepCount();
        return available.get(pair * n, (pair + 1) * n);
    }

    /**
     * @param k step index
     * @return the indices of the pairs available at the step, ascending (a copy)
     */
    public int[] availablePairs(int k) {
        return Arrays.copyOfRange(linkPair, linkStart[k], linkStart[k + 1]);
    }

    /** @return where each step's links start in the link arrays, length stepCount + 1; do not modify */
    public int[] linkStart() {
        return linkStart;
    }

    /** @return pair index of each available link, step by step; do not modify */
    public int[] linkPairs() {
        return linkPair;
    }

    /** @return range of each available link, step by step (m); do not modify */
    public float[] linkRanges() {
        return linkRange;
    }

    /** @return range rate of each available link, step by step (m/s, positive when separating); do not modify */
    public float[] linkRangeRates() {
        return linkRangeRate;
    }

    /**
     * @param pair pair index
     * @param k step index
     * @return the distance between the two satellites at the step, available or not (m)
     */
    public double range(int pair, int k) {
        SatellitePair p = pairs.get(pair);
        int i = grid.index(p.a(), k);
        int j = grid.index(p.b(), k);
        double dx = grid.x()[j] - grid.x()[i];
        double dy = grid.y()[j] - grid.y()[i];
        double dz = grid.z()[j] - grid.z()[i];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * @param pair pair index
     * @param k step index
     * @return the rate of change of the range at the step (m/s, positive when separating)
     */
    public double rangeRate(int pair, int k) {
        SatellitePair p = pairs.get(pair);
        int i = grid.index(p.a(), k);
        int j = grid.index(p.b(), k);
        double dx = grid.x()[j] - grid.x()[i];
        double dy = grid.y()[j] - grid.y()[i];
        double dz = grid.z()[j] - grid.z()[i];
        double dvx = grid.vx()[j] - grid.vx()[i];
        double dvy = grid.vy()[j] - grid.vy()[i];
        double dvz = grid.vz()[j] - grid.vz()[i];
        return (dx * dvx + dy * dvy + dz * dvz) / Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /**
     * @param pair pair index
     * @param k step index
     * @return the link margin at the step (dB), NaN for fixed-rate terminals
     */
    public double marginDb(int pair, int k) {
        return pairs.get(pair).link().marginDb(range(pair, k));
    }

    /**
     * @param pair pair index
     * @param k step index
     * @return where each end must point, in its body frame (see {@link BodyFrames})
     */
    public PointingAngles pointing(int pair, int k) {
        SatellitePair p = pairs.get(pair);
        double[] axesA = new double[9];
        double[] axesB = new double[9];
        BodyFrames.axes(attitude[p.a()], grid, p.a(), k, sun, axesA);
        BodyFrames.axes(attitude[p.b()], grid, p.b(), k, sun, axesB);
        int i = grid.index(p.a(), k);
        int j = grid.index(p.b(), k);
        double dx = grid.x()[j] - grid.x()[i];
        double dy = grid.y()[j] - grid.y()[i];
        double dz = grid.z()[j] - grid.z()[i];
        double[] fromA = new double[2];
        double[] fromB = new double[2];
        BodyFrames.angles(axesA, dx, dy, dz, fromA);
        BodyFrames.angles(axesB, -dx, -dy, -dz, fromB);
        return new PointingAngles(fromA[0], fromA[1], fromB[0], fromB[1]);
    }

    /** @return the availability windows of every pair, by start time then pair */
    public List<LinkWindow> windows() {
        return windows;
    }

    /**
     * @return notes for the engineer: +Grid undefined for a constellation, links dropped for lack of terminals,
     *         a rule that yields no links, budgets that close short of the terminals' range
     */
    public List<Finding> findings() {
        return findings;
    }
}
