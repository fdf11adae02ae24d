/**
 * The plan model: what a mission engineer designs, as immutable records.
 *
 * <p>Every quantity is in SI units (m, s, W, K, kg, J, rad, bit/s, byte); the persistence layer converts
 * to and from the engineer units of the plan file ({@code altitudeKm}, {@code inclinationDeg}). Records
 * check only structure at construction (no nulls, immutable lists); engineering ranges are checked by
 * {@link io.skyrack.core.validation.PlanValidator}, which returns findings, so that a plan with a bad
 * value can still be loaded, shown and fixed. "Changing" a plan means building a new one.
 *
 * <p>Times are {@link java.time.Instant}s (UTC); the orbit engine turns them into Orekit
 * {@code AbsoluteDate}s through the application's single data context, which keeps the model free of
 * Orekit's global state.
 */
package io.skyrack.core.plan;
