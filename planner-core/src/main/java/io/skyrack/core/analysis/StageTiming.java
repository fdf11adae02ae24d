package io.skyrack.core.analysis;

/**
 * Wall time one pipeline stage took.
 *
 * @param stage stage name
 * @param seconds wall time (s)
 */
public record StageTiming(String stage, double seconds) {
}
