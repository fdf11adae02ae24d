/**
 * Benchmarks behind {@code ./skyrack bench}. Each prints {@code BENCH name value unit} and
 * {@code RATIO name value} lines; every ratio is measured against its baseline in the same run, on the
 * same cores, because the machines are shared and absolute times drift.
 */
package io.skyrack.bench;
