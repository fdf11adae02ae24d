/**
 * Power and thermal budget of every TILE over the orbit: builds the thermal model's plain inputs from the
 * orbit engine (the Sun in the TILE frame for each attitude mode, Earth view factors, albedo factor,
 * illumination) and GPU profiles, runs the thermal-model solvers, and summarises the results.
 */
package io.skyrack.core.power;
