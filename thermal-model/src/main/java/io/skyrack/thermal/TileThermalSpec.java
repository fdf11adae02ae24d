package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Thermal and electrical description of one compute TILE: a flat panel with solar cells on the sun face
 * (+z), a passive radiator on the other face (−z) and GPU modules on a board between them.
 *
 * <p>The network has three nodes with heat capacity — solar face, board (with the GPU module cases) and
 * radiator — joined in a chain by two conductances, plus one quasi-static junction per GPU group above the
 * board. Both faces radiate to space and see the Earth. Values are not checked at construction so that a
 * bad specification can be reported in full by {@link #validate()}.
 *
 * @param faceArea area of the solar face (m²)
 * @param radiatorArea radiating area of the radiator face, larger than {@code faceArea} with deployable
 *        panels (m²)
 * @param solarFace optical properties of the solar face
 * @param radiatorFace optical properties of the radiator face
 * @param capacities lumped heat capacities of the three nodes
 * @param conductances conductances between the nodes
 * @param cells solar cells on the solar face
 * @param mpptEfficiency maximum-power-point tracker efficiency, array to bus (0–1]
 * @param distributionEfficiency power distribution efficiency, bus to loads (0–1]
 * @param housekeepingW constant electrical load besides the GPUs, dissipated on the board (W)
 * @param gpus GPU groups carried
 * @param battery the TILE's battery, {@link Battery#NONE} for none
 */
public record TileThermalSpec(
        double faceArea,
        double radiatorArea,
        FaceOptics solarFace,
        FaceOptics radiatorFace,
        HeatCapacities capacities,
        Conductances conductances,
        SolarCells cells,
        double mpptEfficiency,
        double distributionEfficiency,
        double housekeepingW,
        List<GpuGroup> gpus,
        Battery battery) {

    /** Checks structure and copies the list. */
    public TileThermalSpec {
        Objects.requireNonNull(solarFace, "solarFace");
        Objects.requireNonNull(radiatorFace, "radiatorFace");
        Objects.requireNonNull(capacities, "capacities");
        Objects.requireNonNull(conductances, "conductances");
        Objects.requireNonNull(cells, "cells");
        Objects.requireNonNull(battery, "battery");
        gpus = List.copyOf(gpus);
    }

    /**
     * @param area radiating area of the radiator face (m²)
     * @return this TILE with another radiator area
     */
    public TileThermalSpec withRadiatorArea(double area) {
        return new TileThermalSpec(faceArea, area, solarFace, radiatorFace, capacities, conductances, cells,
                mpptEfficiency, distributionEfficiency, housekeepingW, gpus, battery);
    }

    /**
     * @param newBattery the battery, {@link Battery#NONE} for none
     * @return this TILE with another battery
     */
    public TileThermalSpec withBattery(Battery newBattery) {
        return new TileThermalSpec(faceArea, radiatorArea, solarFace, radiatorFace, capacities, conductances, cells,
                mpptEfficiency, distributionEfficiency, housekeepingW, gpus, newBattery);
    }

    /**
     * @param newGpus the GPU groups
     * @return this TILE with other GPU groups
     */
    public TileThermalSpec withGpus(List<GpuGroup> newGpus) {
        return new TileThermalSpec(faceArea, radiatorArea, solarFace, radiatorFace, capacities, conductances, cells,
                mpptEfficiency, distributionEfficiency, housekeepingW, newGpus, battery);
    }

    /** @return electrical power of all GPUs at their commanded modes (W) */
    public double commandedGpuPowerW() {
        double p = 0.0;
        for (GpuGroup g : gpus) {
            p += g.count() * g.modulePower(g.commandedMode());
        }
        return p;
    }

    /** @return findings for values out of range or inconsistent; empty when the TILE can be solved */
    public List<ThermalFinding> validate() {
        List<ThermalFinding> out = new ArrayList<>();
        Checks.positive(out, "faceArea", faceArea);
        Checks.nonNegative(out, "radiatorArea", radiatorArea);
        solarFace.validate("solarFace", out);
        radiatorFace.validate("radiatorFace", out);
        boolean capOk = capacities.validate(out);
        boolean condOk = conductances.validate(out);
        cells.validate(out);
        Checks.positiveFraction(out, "mpptEfficiency", mpptEfficiency);
        Checks.positiveFraction(out, "distributionEfficiency", distributionEfficiency);
        Checks.nonNegative(out, "housekeepingW", housekeepingW);
        for (int i = 0; i < gpus.size(); i++) {
            gpus.get(i).validate("gpus[" + i + "]", out);
        }
        battery.validate("battery", out);
        if (out.isEmpty() && capOk && condOk) {
            checkQuasiStaticNodes(out);
        }
        return out;
    }

    /** A node without heat capacity is algebraic: it needs a path for its heat or its equation is singular. */
    private void checkQuasiStaticNodes(List<ThermalFinding> out) {
        double g1 = conductances.solarFaceToBoard();
        double g2 = conductances.boardToRadiator();
        if (capacities.solarFace() == 0.0 && g1 == 0.0 && solarFace.emissivity() == 0.0) {
            out.add(new ThermalFinding("capacities.solarFace", "a node without heat capacity needs a conductance "
                    + "or an emissivity"));
        }
        if (capacities.board() == 0.0 && g1 + g2 == 0.0) {
            out.add(new ThermalFinding("capacities.board", "a node without heat capacity needs a conductance"));
        }
        if (solarFace.absorptivity() > 0.0 && solarFace.emissivity() == 0.0 && g1 == 0.0) {
            out.add(new ThermalFinding("solarFace.emissivity", "a face that absorbs sunlight needs an emissivity or a "
                    + "conductance, or it never stops heating"));
        }
        if (solarFace.emissivity() * faceArea + radiatorFace.emissivity() * radiatorArea == 0.0) {
            out.add(new ThermalFinding("radiatorFace.emissivity", "no face radiates, so heat cannot leave the TILE"));
        }
        if (capacities.radiator() == 0.0 && g2 == 0.0 && radiatorFace.emissivity() * radiatorArea == 0.0) {
            out.add(new ThermalFinding("capacities.radiator", "a node without heat capacity needs a conductance "
                    + "or a radiating area"));
        }
    }

    /** @return one finding per documented default used in place of an unpublished GPU figure */
    public List<ThermalFinding> assumptions() {
        List<ThermalFinding> out = new ArrayList<>();
        for (int i = 0; i < gpus.size(); i++) {
            out.addAll(gpus.get(i).assumptions("gpus[" + i + "]"));
        }
        return out;
    }

    /**
     * Optical properties of a face.
     *
     * @param absorptivity solar absorptivity α (0–1)
     * @param emissivity infrared hemispherical emissivity ε (0–1), also its infrared absorptivity
     */
    public record FaceOptics(double absorptivity, double emissivity) {

        void validate(String prefix, List<ThermalFinding> out) {
            Checks.fraction(out, prefix + ".absorptivity", absorptivity);
            Checks.fraction(out, prefix + ".emissivity", emissivity);
        }
    }

    /**
     * Solar cells on the solar face.
     *
     * @param efficiency conversion efficiency at 28 °C, beginning of life (0–1)
     * @param temperatureCoefficient relative change of efficiency per kelvin above 28 °C (1/K, negative for
     *        real cells)
     * @param degradationPerYear relative loss of power per year in orbit (1/yr, 0–1); power scales as
     *        {@code (1 − d)^year}
     * @param packingFactor share of the face covered by active cell area (0–1)
     */
    public record SolarCells(double efficiency, double temperatureCoefficient, double degradationPerYear,
                             double packingFactor) {

        void validate(List<ThermalFinding> out) {
            Checks.fraction(out, "cells.efficiency", efficiency);
            Checks.finite(out, "cells.temperatureCoefficient", temperatureCoefficient);
            Checks.fraction(out, "cells.degradationPerYear", degradationPerYear);
            Checks.fraction(out, "cells.packingFactor", packingFactor);
        }
    }

    /**
     * Lumped heat capacities of the nodes; 0 makes a node quasi-static.
     *
     * @param solarFace solar face with its cells (J/K)
     * @param board compute board with the GPU module cases (J/K)
     * @param radiator radiator face (J/K)
     */
    public record HeatCapacities(double solarFace, double board, double radiator) {

        boolean validate(List<ThermalFinding> out) {
            boolean a = Checks.nonNegative(out, "capacities.solarFace", solarFace);
            boolean b = Checks.nonNegative(out, "capacities.board", board);
            boolean c = Checks.nonNegative(out, "capacities.radiator", radiator);
            return a && b && c;
        }
    }

    /**
     * Thermal conductances between the nodes.
     *
     * @param solarFaceToBoard solar face to board (W/K)
     * @param boardToRadiator board to radiator, through heat spreaders or heat pipes (W/K)
     */
    public record Conductances(double solarFaceToBoard, double boardToRadiator) {

        boolean validate(List<ThermalFinding> out) {
            boolean a = Checks.nonNegative(out, "conductances.solarFaceToBoard", solarFaceToBoard);
            boolean b = Checks.nonNegative(out, "conductances.boardToRadiator", boardToRadiator);
            return a && b;
        }
    }
}
