/**
 * Solar power and TILE thermal network solvers.
 *
 * <p>This module takes plain inputs (a time grid, Sun and Earth directions in the TILE frame, illumination,
 * albedo and Earth IR) plus TILE and GPU specifications, and depends on Hipparchus only — never on Orekit
 * or planner-core, so the physics can be tested and reused on its own.
 */
package io.skyrack.thermal;
