package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.List;

/**
 * The orbital thermal environment of an analysis case, and the mission year for cell degradation.
 *
 * <p>The hot and cold factories bracket the mean values (solar constant 1361 W/m², Bond albedo 0.30,
 * outgoing long-wave radiation 237 W/m²). The solar-constant range 1322–1414 W/m² is the yearly swing of
 * the Sun–Earth distance. The albedo (0.18–0.40) and OLR (206–262 W/m²) brackets are conservative brackets
 * spanning the ranges of NASA/TM-2001-211221, "Natural Orbital Environment Definition Guidelines for Use in
 * Aerospace Vehicle Development" (Anderson, Justus, Batts, 2001), section on thermal environments. They are
 * not that document's table values, which depend on orbit inclination and on the averaging time matching
 * the hardware's thermal time constant; the hot case also pairs high albedo with high OLR, which the tables
 * do not do at the same time. For a design review, replace them with the table values for the orbit.
 *
 * @param solarConstant solar irradiance at the spacecraft (W/m²)
 * @param albedo Earth's Bond albedo (0–1)
 * @param olr Earth's outgoing long-wave radiation at the top of the atmosphere (W/m²)
 * @param missionYear years since launch, for solar-cell degradation (years, may be fractional)
 */
public record Environment(double solarConstant, double albedo, double olr, double missionYear) {

    /** Mean solar constant (W/m²). */
    public static final double NOMINAL_SOLAR_CONSTANT = 1361.0;

    /** Solar constant at perihelion, the hot end of the yearly range (W/m²). */
    public static final double HOT_SOLAR_CONSTANT = 1414.0;

    /** Solar constant at aphelion, the cold end of the yearly range (W/m²). */
    public static final double COLD_SOLAR_CONSTANT = 1322.0;

    /** @return hot case at beginning of life: 1414 W/m², albedo 0.40, OLR 262 W/m² */
    public static Environment hot() {
        return new Environment(HOT_SOLAR_CONSTANT, 0.40, 262.0, 0.0);
    }

    /** @return nominal case at beginning of life: 1361 W/m², albedo 0.30, OLR 237 W/m² */
    public static Environment nominal() {
        return new Environment(NOMINAL_SOLAR_CONSTANT, 0.30, 237.0, 0.0);
    }

    /** @return cold case at beginning of life: 1322 W/m², albedo 0.18, OLR 206 W/m² */
    public static Environment cold() {
        return new Environment(COLD_SOLAR_CONSTANT, 0.18, 206.0, 0.0);
    }

    /**
     * @param years years since launch (years)
     * @return this environment at that mission year
     */
    public Environment withMissionYear(double years) {
        return new Environment(solarConstant, albedo, olr, years);
    }

    /** @return findings for values out of range; empty when the environment is usable */
    public List<ThermalFinding> validate() {
        List<ThermalFinding> out = new ArrayList<>();
        Checks.nonNegative(out, "environment.solarConstant", solarConstant);
        Checks.fraction(out, "environment.albedo", albedo);
        Checks.nonNegative(out, "environment.olr", olr);
        Checks.nonNegative(out, "environment.missionYear", missionYear);
        return out;
    }
}
