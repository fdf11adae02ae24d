package io.skyrack.thermal;

/**
 * The solar power chain of a TILE: cell output at the maximum power point, from irradiance and cell
 * temperature, after degradation.
 *
 * <p>{@code P = E · A · p · η₂₈ · max(0, 1 + β (T − 301.15 K)) · (1 − d)^year}, with E the direct solar
 * irradiance on the cell plane (solar constant × illumination × cosine of incidence, W/m²), A the face area,
 * p the packing factor, η₂₈ the efficiency at 28 °C, β the relative temperature coefficient, d the
 * degradation per year. The MPPT and distribution efficiencies then take this to the bus and to the loads.
 * Albedo light on the cells is counted as heat, not as power (a conservative simplification).
 */
public final class SolarPower {

    /** Cell temperature at which efficiencies are quoted: 28 °C (K). */
    public static final double REFERENCE_CELL_K = 301.15;

    private SolarPower() {
    }

    /**
     * @param cells the cells
     * @param solarFaceK cell (solar face) temperature (K)
     * @return efficiency relative to 28 °C, never negative
     */
    public static double temperatureFactor(TileThermalSpec.SolarCells cells, double solarFaceK) {
        return Math.max(0.0, 1.0 + cells.temperatureCoefficient() * (solarFaceK - REFERENCE_CELL_K));
    }

    /**
     * @param cells the cells
     * @param missionYear years since launch (years)
     * @return power remaining after degradation, {@code (1 − d)^year}
     */
    public static double degradationFactor(TileThermalSpec.SolarCells cells, double missionYear) {
        return Math.pow(1.0 - cells.degradationPerYear(), missionYear);
    }

    /**
     * @param spec the TILE
     * @param environment the environment (for the mission year)
     * @return array output per unit of direct irradiance at 28 °C, {@code A · p · η₂₈ · (1 − d)^year} (m²)
     */
    public static double powerPerIrradiance(TileThermalSpec spec, Environment environment) {
        TileThermalSpec.SolarCells c = spec.cells();
        return spec.faceArea() * c.packingFactor() * c.efficiency()
                * degradationFactor(c, environment.missionYear());
    }

    /**
     * @param spec the TILE
     * @param environment the environment (for the mission year)
     * @param irradiance direct solar irradiance on the cell plane (W/m²)
     * @param solarFaceK cell temperature (K)
     * @return electrical power at the cells' maximum power point, before the MPPT (W)
     */
    public static double maximumPowerW(TileThermalSpec spec, Environment environment, double irradiance,
                                       double solarFaceK) {
        return irradiance * powerPerIrradiance(spec, environment) * temperatureFactor(spec.cells(), solarFaceK);
    }
}
