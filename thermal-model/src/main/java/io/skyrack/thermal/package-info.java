/**
 * Solar power and TILE thermal network solvers, with the power budget and GPU throttling.
 *
 * <p>A TILE is a flat panel: solar cells on the sun face, a passive radiator on the other face, GPU modules on
 * a board between. This package models it as three nodes with heat capacity (solar face, board, radiator)
 * joined by conductances, both faces radiating to space and seeing the Earth, plus one quasi-static junction
 * per GPU group above the board ({@link io.skyrack.thermal.TileNetwork}). The electrical chain — cells at
 * their maximum power point ({@link io.skyrack.thermal.SolarPower}), MPPT, battery, distribution — and the
 * power-mode controller decide each step how much power leaves the solar face and where it is dissipated.
 *
 * <p>Entry points: {@link io.skyrack.thermal.ThermalSolver} (implemented by
 * {@link io.skyrack.thermal.PeriodicOrbitSolver}) for one TILE or a batch over an orbit,
 * {@link io.skyrack.thermal.SteadyStateSolver} for a fixed environment, {@link io.skyrack.thermal.RadiatorSizing}
 * for the radiator a load needs, and {@link io.skyrack.thermal.EarthViewFactor} /
 * {@link io.skyrack.thermal.SunTrackingGeometry} to build inputs from geometry. Inputs are records validated by
 * {@code validate()} into {@link io.skyrack.thermal.ThermalFinding}s; time series are structure-of-arrays.
 * SI units throughout (m, s, W, J, K).
 *
 * <p>This module takes plain inputs (a time grid, the Sun in the TILE frame, illumination, Earth view factors,
 * albedo factor) plus TILE and GPU specifications, and depends on Hipparchus only — never on Orekit,
 * planner-core or the GPU catalog — so the physics can be tested and reused on its own. See
 * {@code docs/thermal.md} for the equations, their sources and the validation cases.
 */
package io.skyrack.thermal;
