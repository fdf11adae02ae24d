package io.skyrack.thermal;

/**
 * State of a TILE at one instant: node temperatures and battery charge.
 *
 * @param solarFaceK solar-face temperature (K)
 * @param boardK board temperature (K)
 * @param radiatorK radiator temperature (K)
 * @param batteryChargeJ battery charge (J)
 */
public record ThermalState(double solarFaceK, double boardK, double radiatorK, double batteryChargeJ) {
}
