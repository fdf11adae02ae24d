package io.skyrack.thermal;

import java.util.List;
import java.util.Objects;

/**
 * Power, battery, temperatures and power modes of one TILE at every sample of its (periodic) orbit, the
 * controller's throttle events, and a summary.
 *
 * <p>Temperatures and battery charge are the state at each sample time. Powers and modes hold over the
 * interval from that sample to the next. When the inputs had findings, every array is empty, the summary is
 * {@link OrbitSummary#NONE} and {@link #findings()} says why; no output is ever NaN. The arrays are owned by
 * this result: callers must not modify them.
 *
 * @param tileId identifier of the TILE instance
 * @param time sample times (s)
 * @param availableW electrical power the cells could deliver at their maximum power point (W)
 * @param generatedW electrical power drawn from the cells (W): the loads, conversion losses and battery
 *        charging; surplus stays on the solar face as heat
 * @param computeW electrical power of all GPUs (W)
 * @param boardHeatW electrical power dissipated as heat on the board: loads, MPPT, distribution and battery
 *        losses (W)
 * @param batteryChargeJ battery charge (J)
 * @param solarFaceK solar-face temperature (K)
 * @param boardK board (GPU case) temperature (K)
 * @param radiatorK radiator temperature (K)
 * @param junctionMaxK highest junction temperature of any GPU over the interval (K)
 * @param powerMode power level of each group, indexed {@code [group][sample]}: a mode index,
 *        {@link GpuGroup#MODE_IDLE} or {@link GpuGroup#MODE_OFF}
 * @param events changes of power level over the orbit, in time order
 * @param summary orbit summary
 * @param findings problems with the inputs that stopped the solve; empty when it ran
 * @param assumptions documented defaults used in place of unpublished figures
 */
public record TileThermalResult(String tileId, double[] time, double[] availableW, double[] generatedW,
                                double[] computeW, double[] boardHeatW, double[] batteryChargeJ, double[] solarFaceK,
                                double[] boardK, double[] radiatorK, double[] junctionMaxK, int[][] powerMode,
                                List<ThrottleEvent> events, OrbitSummary summary, List<ThermalFinding> findings,
                                List<ThermalFinding> assumptions) {

    /** Checks structure and copies the lists. */
    public TileThermalResult {
        Objects.requireNonNull(tileId, "tileId");
        Objects.requireNonNull(summary, "summary");
        events = List.copyOf(events);
        findings = List.copyOf(findings);
        assumptions = List.copyOf(assumptions);
    }

    /**
     * @param tileId identifier of the TILE instance
     * @param findings why the solve could not run
     * @param assumptions defaults that would have been used
     * @return a result with empty arrays and the findings
     */
    static TileThermalResult invalid(String tileId, List<ThermalFinding> findings, List<ThermalFinding> assumptions) {
        double[] none = new double[0];
        return new TileThermalResult(tileId, none, none, none, none, none, none, none, none, none, none,
                new int[0][], List.of(), OrbitSummary.NONE, findings, assumptions);
    }

    /** @return whether the solve ran (no findings) */
    public boolean solved() {
        return findings.isEmpty();
    }

    /** @return the state at the first sample: the periodic initial state of a converged orbit */
    public ThermalState initialState() {
        if (time.length == 0) {
            throw new IllegalStateException("no state: the solve did not run");
        }
        return new ThermalState(solarFaceK[0], boardK[0], radiatorK[0], batteryChargeJ[0]);
    }

    /**
     * Orbit summary of one TILE.
     *
     * @param averageAvailableW orbit-average power the cells could deliver (W)
     * @param averageGeneratedW orbit-average power drawn from the cells (W)
     * @param averageComputeW orbit-average GPU power (W)
     * @param computeShare GPU energy over energy drawn from the cells (0–1); 0 when nothing was drawn
     * @param loadShare GPU plus housekeeping energy over energy drawn from the cells (0–1): the share that
     *        survives MPPT, distribution and battery losses
     * @param peakJunctionK highest junction temperature over the orbit (K)
     * @param junctionMarginK smallest margin of any group between its throttle limit and its peak junction
     *        (K, negative when over; +∞ without GPUs)
     * @param throttledMinutes time per orbit with any group below its commanded mode (min)
     * @param requiredRadiatorArea radiator area that keeps the hottest junction at its limit in the steady
     *        hot case with the Sun normal to the solar face and the Earth's view and albedo of the orbit's
     *        sample that heats the TILE (or its radiator) most (m²); 0 when none is needed, +∞ when no area
     *        suffices
     * @param radiatorAreaMargin actual minus required radiator area (m², negative when undersized, −∞ when no
     *        area suffices)
     * @param unservedEnergyJ load energy that could not be supplied at all, housekeeping included (J)
     * @param energyResidual absorbed minus emitted minus stored energy over the orbit, over absorbed energy
     * @param converged whether the periodic state was reached within the tolerance (and every Newton solve
     *        converged)
     * @param orbits orbits simulated
     */
    public record OrbitSummary(double averageAvailableW, double averageGeneratedW, double averageComputeW,
                               double computeShare, double loadShare, double peakJunctionK, double junctionMarginK,
                               double throttledMinutes, double requiredRadiatorArea, double radiatorAreaMargin,
                               double unservedEnergyJ, double energyResidual, boolean converged, int orbits) {

        /** The summary of a solve that did not run: zeros, not converged. */
        public static final OrbitSummary NONE = new OrbitSummary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, 0);
    }
}
