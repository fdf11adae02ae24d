package io.skyrack.core.analysis;

import java.time.Instant;

/**
 * One availability window of a crosslink, as reported in {@code links.csv}.
 *
 * @param satelliteA first satellite
 * @param satelliteB second satellite
 * @param start start (UTC)
 * @param end end (UTC)
 * @param minRange smallest range in the window (m)
 * @param maxRange largest range in the window (m)
 * @param rate data rate (bit/s)
 * @param marginDb smallest link margin in the window (dB), NaN for fixed-rate terminals
 */
public record LinkWindowRow(String satelliteA, String satelliteB, Instant start, Instant end, double minRange,
                            double maxRange, double rate, double marginDb) {
}
