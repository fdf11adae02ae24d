/**
 * Non-UI building blocks of the design workbench: importing element sets (TLE text, CelesTrak OMM in JSON
 * and XML), the built-in ground-station catalog, live figures of a satellite's TILE array and a manual
 * crosslink check between two satellites.
 *
 * <p>Every entry point takes plain inputs and returns an immutable result with {@link
 * io.skyrack.core.validation.Finding}s; bad input is reported, never thrown, and never becomes NaN. Import
 * findings locate the problem in the imported text (1-based line and column) and carry a JSON Pointer
 * {@code /<record>/<field>} into the imported document seen as an array of records, since the records are
 * not yet part of a plan. The figures and the crosslink check reuse the engines of the analysis ({@link
 * io.skyrack.core.power.TileThermalSpecs}, the thermal-model solvers, {@link
 * io.skyrack.core.network.LineOfSight}) so that what the workbench shows while editing agrees with what the
 * full analysis reports.
 */
package io.skyrack.core.design;
