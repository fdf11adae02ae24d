package io.skyrack.bench;

import io.skyrack.core.network.PairsWithinRange;
import java.util.Arrays;
import org.orekit.utils.Constants;

/**
 * Crosslink candidates: every satellite pair within range at one instant, by the spatial hash grid of
 * {@link PairsWithinRange#find} against testing every pair, for 10,000 satellites (a 100 × 100 Walker delta at
 * 550 km and 53°, circular Keplerian positions) at 1,000 km and 5,000 km. Both must find the same pairs.
 */
public final class CrosslinkCandidatesBench implements BenchGroup {

    private static final int PLANES = 100;
    private static final int PER_PLANE = 100;
    private static final int PHASING = 1;
    private static final double ALTITUDE = 550_000.0;
    private static final double INCLINATION = Math.toRadians(53.0);
    private static final int ROUNDS = 7;

    @Override
    public String group() {
        return "orbit";
    }

    @Override
    public void run(BenchReporter out) throws Exception {
        double[][] p = walkerDelta();
        measure(out, p, 1_000_000.0, "crosslink_candidates_vs_all_pairs", "1000km");
        measure(out, p, 5_000_000.0, "crosslink_candidates_vs_all_pairs_5000km", "5000km");
    }

    private static void measure(BenchReporter out, double[][] p, double range, String ratioName, String tag)
            throws Exception {
        long[] fast = PairsWithinRange.find(p[0], p[1], p[2], range);
        long[] all = PairsWithinRange.findByTestingEveryPair(p[0], p[1], p[2], range);
        long[] sortedFast = fast.clone();
        Arrays.sort(sortedFast);
        if (!Arrays.equals(sortedFast, all)) {
            throw new IllegalStateException("the spatial hash found " + fast.length + " pairs within " + tag
                    + ", testing every pair found " + all.length + "; the sets differ");
        }
        out.bench("crosslink_candidates_pairs_" + tag, all.length, "pairs");
        // each round times both methods back to back and keeps their ratio, so that the drift of a shared
        // machine between rounds cancels; the medians over the rounds are reported
        double[] every = new double[ROUNDS];
        double[] hashed = new double[ROUNDS];
        double[] ratio = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            every[r] = Timing.median(1, 3, () -> PairsWithinRange.findByTestingEveryPair(p[0], p[1], p[2], range));
            hashed[r] = Timing.median(1, 3, () -> PairsWithinRange.find(p[0], p[1], p[2], range));
            ratio[r] = every[r] / hashed[r];
        }
        out.bench("crosslink_all_pairs_" + tag, median(every) * 1e3, "ms");
        out.bench("crosslink_candidates_" + tag, median(hashed) * 1e3, "ms");
        out.ratio(ratioName, median(ratio));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** @return {x, y, z} (m) of a Walker delta i:T/P/F at the epoch, circular two-body orbits */
    static double[][] walkerDelta() {
        int n = PLANES * PER_PLANE;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] z = new double[n];
        double r = Constants.WGS84_EARTH_EQUATORIAL_RADIUS + ALTITUDE;
        double ci = Math.cos(INCLINATION);
        double si = Math.sin(INCLINATION);
        for (int pl = 0; pl < PLANES; pl++) {
            double raan = 2 * Math.PI * pl / PLANES;
            double co = Math.cos(raan);
            double so = Math.sin(raan);
            for (int s = 0; s < PER_PLANE; s++) {
                double u = 2 * Math.PI * s / PER_PLANE + 2 * Math.PI * PHASING * pl / n;
                double cu = Math.cos(u);
                double su = Math.sin(u);
                int i = pl * PER_PLANE + s;
                x[i] = r * (co * cu - so * su * ci);
                y[i] = r * (so * cu + co * su * ci);
                z[i] = r * su * si;
            }
        }
        return new double[][] {x, y, z};
    }

    /**
     * Runs this benchmark alone.
     *
     * @param args ignored
     * @throws Exception when the benchmark fails
     */
    public static void main(String[] args) throws Exception {
        new CrosslinkCandidatesBench().run(new BenchReporter(System.out));
    }
}
