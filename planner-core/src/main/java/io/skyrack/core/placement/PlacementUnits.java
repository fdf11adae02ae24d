package io.skyrack.core.placement;

import java.util.Locale;

/**
 * The integer units the solver adds up, and the engineer units explanations print. Demands round up and
 * capacities round down, so an integer placement that fits also fits in SI.
 */
final class PlacementUnits {

    /** Compute quantum (operations per second): 1 Mop/s. */
    static final double COMPUTE_QUANTUM = 1e6;
    /** Bytes per GiB. */
    static final double GIB = 1024.0 * 1024 * 1024;
    /** Bytes per MiB. */
    static final long MIB = 1024L * 1024;
    /** A capacity that never binds. */
    static final long UNLIMITED = Long.MAX_VALUE / 4;
    /** Latency of an unreachable satellite in the soft score (µs). */
    static final long UNREACHABLE_MICROS = 1_000_000_000_000L;
    /** Headroom below which every GPU is taken as equally hot (K). */
    static final double MIN_HEADROOM = 1.0;

    private static final double EPS = 1e-6;

    private PlacementUnits() {
    }

    /** @param opsPerSecond demand (ops/s) @return demand in quanta, rounded up */
    static long computeDemand(double opsPerSecond) {
        return (long) Math.ceil(opsPerSecond / COMPUTE_QUANTUM - EPS);
    }

    /** @param opsPerSecond capacity (ops/s) @return capacity in quanta, rounded down */
    static long computeCapacity(double opsPerSecond) {
        return (long) Math.floor(opsPerSecond / COMPUTE_QUANTUM + EPS);
    }

    /** @param watts demand (W) @return demand (mW), rounded up */
    static long powerDemand(double watts) {
        return (long) Math.ceil(watts * 1000 - EPS);
    }

    /** @param watts budget (W) @return budget (mW), rounded down */
    static long powerBudget(double watts) {
        return Double.isInfinite(watts) ? UNLIMITED : (long) Math.floor(watts * 1000 + EPS);
    }

    /** @param bitsPerSecond demand (bit/s) @return demand (bit/s), rounded up */
    static long rateDemand(double bitsPerSecond) {
        return (long) Math.ceil(bitsPerSecond - EPS);
    }

    /** @param bitsPerSecond capacity (bit/s) @return capacity (bit/s), rounded down */
    static long rateCapacity(double bitsPerSecond) {
        return Double.isInfinite(bitsPerSecond) ? UNLIMITED : (long) Math.floor(bitsPerSecond + EPS);
    }

    /** @param seconds latency (s) @return latency (µs), rounded */
    static long micros(double seconds) {
        return Double.isInfinite(seconds) ? UNREACHABLE_MICROS : Math.round(seconds * 1e6);
    }

    /** @param bytes memory (byte) @return text in GiB */
    static String gib(double bytes) {
        return String.format(Locale.ROOT, "%.1f GiB", bytes / GIB);
    }

    /** @param quanta compute (quanta) @return text in TOPS */
    static String tops(long quanta) {
        return String.format(Locale.ROOT, "%.2f TOPS", quanta * COMPUTE_QUANTUM / 1e12);
    }

    /** @param milliwatts power (mW) @return text in W */
    static String watts(long milliwatts) {
        return String.format(Locale.ROOT, "%.1f W", milliwatts / 1000.0);
    }

    /** @param seconds latency (s) @return text in ms */
    static String ms(double seconds) {
        return String.format(Locale.ROOT, "%.1f ms", seconds * 1e3);
    }

    /** @param bitsPerSecond rate (bit/s) @return text in Mbit/s */
    static String mbps(double bitsPerSecond) {
        return String.format(Locale.ROOT, "%.1f Mbit/s", bitsPerSecond / 1e6);
    }
}
