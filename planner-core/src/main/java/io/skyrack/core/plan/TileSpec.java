package io.skyrack.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * A compute TILE: a flat panel with solar cells on the sun face, a passive radiator on the other face
 * and GPU modules on a board between them.
 *
 * @param id identifier, referred to by TILE slots
 * @param name display name
 * @param area area of one face (m²)
 * @param radiatorArea radiating area of the radiator face, larger than {@code area} when deployable
 *        radiator panels are attached (m²)
 * @param mass mass of the TILE with its GPU modules (kg)
 * @param cells solar cells on the sun face
 * @param solarFace optical properties of the sun face
 * @param radiatorFace optical properties of the radiator face
 * @param heatCapacities lumped heat capacities of the TILE nodes
 * @param conductances conductances between the TILE nodes
 * @param gpus GPU modules carried
 * @param housekeepingPower constant electrical load besides the GPUs (W)
 * @param mpptEfficiency maximum-power-point tracker efficiency (0–1)
 * @param distributionEfficiency power distribution efficiency from MPPT output to loads (0–1)
 */
public record TileSpec(
        String id,
        String name,
        double area,
        double radiatorArea,
        double mass,
        SolarCells cells,
        FaceOptics solarFace,
        FaceOptics radiatorFace,
        HeatCapacities heatCapacities,
        Conductances conductances,
        List<GpuSlot> gpus,
        double housekeepingPower,
        double mpptEfficiency,
        double distributionEfficiency) {

    /** Checks structure and copies the list. */
    public TileSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cells, "cells");
        Objects.requireNonNull(solarFace, "solarFace");
        Objects.requireNonNull(radiatorFace, "radiatorFace");
        Objects.requireNonNull(heatCapacities, "heatCapacities");
        Objects.requireNonNull(conductances, "conductances");
        gpus = List.copyOf(gpus);
    }

    /** @return number of GPU modules on one TILE */
    public int gpuCount() {
        return gpus.stream().mapToInt(GpuSlot::count).sum();
    }

    /**
     * Solar cells on the sun face.
     *
     * @param efficiency conversion efficiency at 28 °C, beginning of life (0–1)
     * @param temperatureCoefficient relative change of efficiency per kelvin (1/K, negative)
     * @param degradationPerYear relative loss of power per year in orbit (1/yr, 0–1)
     * @param packingFactor share of the face covered by active cell area (0–1)
     */
    public record SolarCells(double efficiency, double temperatureCoefficient, double degradationPerYear,
                             double packingFactor) {
    }

    /**
     * Optical properties of a face.
     *
     * @param absorptivity solar absorptivity α (0–1)
     * @param emissivity infrared hemispherical emissivity ε (0–1)
     */
    public record FaceOptics(double absorptivity, double emissivity) {
    }

    /**
     * Lumped heat capacities of the TILE nodes.
     *
     * @param solarFace solar-cell face (J/K)
     * @param board compute board with GPU module cases (J/K)
     * @param radiator radiator face (J/K)
     */
    public record HeatCapacities(double solarFace, double board, double radiator) {
    }

    /**
     * Thermal conductances between the TILE nodes.
     *
     * @param solarFaceToBoard solar face to board (W/K)
     * @param boardToRadiator board to radiator, through heat spreaders or heat pipes (W/K)
     */
    public record Conductances(double solarFaceToBoard, double boardToRadiator) {
    }

    /**
     * GPU modules of one profile on a TILE.
     *
     * @param profileId GPU profile id from the catalog
     * @param count number of modules
     * @param powerMode name of the commanded power mode (for example {@code "30W"} or {@code "MAXN"})
     */
    public record GpuSlot(String profileId, int count, String powerMode) {

        /** Checks structure. */
        public GpuSlot {
            Objects.requireNonNull(profileId, "profileId");
            Objects.requireNonNull(powerMode, "powerMode");
        }
    }
}
