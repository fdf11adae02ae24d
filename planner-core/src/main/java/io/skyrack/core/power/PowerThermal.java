package io.skyrack.core.power;

import io.skyrack.core.validation.Finding;
import io.skyrack.thermal.TileThermalResult;
import java.time.Instant;
import java.util.List;

/**
 * Power and thermal budget of every TILE of every satellite over its first orbit in the analysis window.
 *
 * @param start time 0 of every sampled orbit: the window start
 * @param step time between samples (s)
 * @param environment the environment case and mission year, in words (for reports)
 * @param satellites one entry per satellite that carries TILEs, in roster order
 * @param totals sums and extremes over all satellites
 * @param findings problems and notes, with JSON Pointers into the plan
 */
public record PowerThermal(Instant start, double step, String environment, List<SatellitePower> satellites,
                           Totals totals, List<Finding> findings) {

    /** Copies the lists. */
    public PowerThermal {
        satellites = List.copyOf(satellites);
        findings = List.copyOf(findings);
    }

    /** An empty budget (no satellite carries a TILE). */
    static PowerThermal empty(Instant start, double step, String environment, List<Finding> findings) {
        return new PowerThermal(start, step, environment, List.of(), Totals.NONE, findings);
    }

    /**
     * One TILE slot of a satellite.
     *
     * @param label slot label {@code r<row>c<column>}, 1-based
     * @param tileId the plan's TILE id in the slot
     * @param tileIndex index of that TILE in the plan
     * @param result the solver's result (shared by the slots of a satellite that hold the same TILE); no
     *        samples when the TILE could not be modelled
     * @param modeNames for each GPU group, its power modes' names in ascending power: the names of the mode
     *        indices in {@code result.powerMode()}
     */
    public record TilePower(String label, String tileId, int tileIndex, TileThermalResult result,
                            List<List<String>> modeNames) {

        /** Copies the lists. */
        public TilePower {
            modeNames = modeNames.stream().map(List::copyOf).toList();
        }

        /**
         * @param k sample index
         * @return the power level of every GPU group at the sample, joined by {@code +}: a mode name,
         *         {@code idle} or {@code off}
         */
        public String modeAt(int k) {
            StringBuilder sb = new StringBuilder();
            for (int g = 0; g < result.groups(); g++) {
                if (g > 0) {
                    sb.append('+');
                }
                int level = result.powerMode(g, k);
                sb.append(level >= 0 && g < modeNames.size() && level < modeNames.get(g).size()
                        ? modeNames.get(g).get(level) : level == -1 ? "idle" : "off");
            }
            return sb.toString();
        }
    }

    /**
     * One satellite's budget: sums over its TILEs of orbit averages, extremes of temperatures and margins.
     *
     * @param satellite roster index
     * @param name satellite name
     * @param constellationIndex index of its constellation in the plan
     * @param period the orbit's draconic period (s)
     * @param tiles its TILE slots, in slot order
     * @param averageGeneratedW orbit-average power drawn from the cells (W)
     * @param averageComputeW orbit-average GPU power (W)
     * @param computeShare GPU energy over energy drawn from the cells (0–1)
     * @param peakJunctionK highest junction temperature (K); NaN without GPUs
     * @param junctionMarginK smallest margin from a throttle limit to the peak junction (K); NaN without GPUs
     * @param throttledMinutes longest time per orbit any TILE runs a GPU group below its commanded mode (min)
     * @param radiatorAreaMargin smallest actual-minus-required radiator area of its TILEs (m²); −∞ when no
     *        radiator area is enough, NaN without GPUs
     * @param unservedEnergyJ load energy per orbit that could not be supplied (J)
     * @param converged whether every TILE reached its periodic state
     */
    public record SatellitePower(int satellite, String name, int constellationIndex, double period,
                                 List<TilePower> tiles, double averageGeneratedW, double averageComputeW,
                                 double computeShare, double peakJunctionK, double junctionMarginK,
                                 double throttledMinutes, double radiatorAreaMargin, double unservedEnergyJ,
                                 boolean converged) {

        /** Copies the list. */
        public SatellitePower {
            tiles = List.copyOf(tiles);
        }
    }

    /**
     * Totals over all satellites.
     *
     * @param satellites satellites with TILEs
     * @param tiles TILEs
     * @param averageGeneratedW orbit-average power drawn from the cells, all satellites (W)
     * @param averageComputeW orbit-average GPU power, all satellites (W)
     * @param computeShare GPU energy over energy drawn from the cells (0–1)
     * @param peakJunctionK highest junction temperature anywhere (K); NaN without GPUs
     * @param junctionMarginK smallest junction margin anywhere (K); NaN without GPUs
     * @param throttledMinutesMax longest throttled time per orbit of any satellite (min)
     * @param throttledSatellites satellites that throttle at some point of the orbit
     * @param radiatorAreaMargin smallest radiator area margin of any TILE (m²)
     * @param unconverged satellites whose TILEs did not all reach the periodic state
     */
    public record Totals(int satellites, int tiles, double averageGeneratedW, double averageComputeW,
                         double computeShare, double peakJunctionK, double junctionMarginK, double throttledMinutesMax,
                         int throttledSatellites, double radiatorAreaMargin, int unconverged) {

        /** Totals of nothing. */
        public static final Totals NONE = new Totals(0, 0, 0, 0, 0, Double.NaN, Double.NaN, 0, 0, Double.NaN, 0);
    }
}
