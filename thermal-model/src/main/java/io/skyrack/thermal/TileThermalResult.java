package io.skyrack.thermal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Power, battery, temperatures and power modes of one TILE at every sample of its (periodic) orbit, the
 * controller's throttle events, and a summary.
 *
 * <p>Temperatures and battery charge are the state at each sample time. Powers and modes hold over the
 * interval from that sample to the next. When the inputs had findings, there are no samples, the summary is
 * {@link OrbitSummary#NONE} and {@link #findings()} says why; no output is ever NaN.
 *
 * <p>The series are read by sample index. They are stored compactly, because a batch of TILEs would otherwise
 * allocate tens of megabytes of result arrays: the per-sample powers as {@code float} (within 1e-5 W at 100 W),
 * the temperatures as the {@code float} change from the first sample (within 2e-6 K for changes up to 32 K; far
 * below any printed precision), the battery charge as a pair of
 * {@code float}s (sum exact to ~1e-14 of the charge, so its watt-hour printout does not move), all in one array
 * that a batch's results may share ({@link PeriodicOrbitSolver#solveAll}). The GPU power, the power modes and
 * the junction temperatures are not stored per sample: at most samples every group ran its commanded mode, and
 * only the samples where the controller decided otherwise are kept; the junction is the hotter end of the
 * step's board temperature plus the groups' largest junction rise. The summary and the initial state are kept
 * in {@code double}, as solved. Immutable.
 */
public final class TileThermalResult {

    /** Slots of one sample in the packed store: 7 series, the charge's remainder. */
    static final int SLOTS = 8;
    static final int AVAILABLE = 0;
    static final int GENERATED = 1;
    static final int BOARD_HEAT = 2;
    static final int CHARGE = 3;
    static final int SOLAR_FACE = 4;
    static final int BOARD = 5;
    static final int RADIATOR = 6;
    static final int CHARGE_REMAINDER = 7;

    private final String tileId;
    private final double[] time;
    private final int n;
    private final float[] store;
    private final int offset;
    private final ThermalState initial;
    /** Board temperature after the last step (K), for the junction of the last sample. */
    private final double boardEndK;
    /** Whether the last sample steps on (to the end state) rather than ending the window. */
    private final boolean lastStepped;
    private final Levels levels;
    private final List<ThrottleEvent> events;
    private final OrbitSummary summary;
    private final List<ThermalFinding> findings;
    private final List<ThermalFinding> assumptions;

    /**
     * Power levels, GPU power and junction rise: the commanded ones, and the samples where they may differ.
     *
     * @param commanded commanded level of each group
     * @param commandedComputeW GPU power at the commanded levels (W)
     * @param commandedRiseK largest junction rise above the board at the commanded levels, at least 0 (K)
     * @param decided samples where the controller decided in full, ascending
     * @param decidedLevels levels there, indexed {@code [i * groups + g]}
     * @param decidedComputeW GPU power there (W)
     * @param decidedRiseK largest junction rise there, at least 0 (K)
     */
    record Levels(int[] commanded, double commandedComputeW, double commandedRiseK, int[] decided,
                  int[] decidedLevels, double[] decidedComputeW, double[] decidedRiseK) {

        static final Levels NONE = new Levels(new int[0], 0.0, 0.0, new int[0], new int[0], new double[0],
                new double[0]);
    }

    /**
     * @param tileId identifier of the TILE instance
     * @param time sample times (s), shared with the inputs
     * @param store packed series: sample k of series s at {@code offset + s * n + k} (see the slot constants)
     * @param offset where this result's series start in the store
     * @param initial the state at the first sample, in full precision
     * @param boardEndK board temperature after the last step (K)
     * @param lastStepped whether the last sample steps to the end state (a periodic orbit)
     * @param levels power levels, GPU power and junction rises
     * @param events changes of power level over the orbit, in time order
     * @param summary orbit summary
     * @param assumptions documented defaults used in place of unpublished figures
     */
    TileThermalResult(String tileId, double[] time, float[] store, int offset, ThermalState initial, double boardEndK,
                      boolean lastStepped, Levels levels, List<ThrottleEvent> events, OrbitSummary summary,
                      List<ThermalFinding> assumptions) {
        this(tileId, time, time.length, store, offset, initial, boardEndK, lastStepped, levels, events, summary,
                List.of(), assumptions);
    }

    private TileThermalResult(String tileId, double[] time, int n, float[] store, int offset, ThermalState initial,
                              double boardEndK, boolean lastStepped, Levels levels, List<ThrottleEvent> events,
                              OrbitSummary summary, List<ThermalFinding> findings,
                              List<ThermalFinding> assumptions) {
        this.tileId = Objects.requireNonNull(tileId, "tileId");
        this.time = time;
        this.n = n;
        this.store = store;
        this.offset = offset;
        this.initial = initial;
        this.boardEndK = boardEndK;
        this.lastStepped = lastStepped;
        this.levels = levels;
        this.events = List.copyOf(events);
        this.summary = Objects.requireNonNull(summary, "summary");
        this.findings = List.copyOf(findings);
        this.assumptions = List.copyOf(assumptions);
    }

    /**
     * A result without samples: the solve did not run.
     *
     * @param tileId identifier of the TILE instance
     * @param findings why the solve could not run, at least one
     * @param assumptions defaults that would have been used
     * @return a result with no samples, {@link OrbitSummary#NONE} and the findings
     */
    public static TileThermalResult invalid(String tileId, List<ThermalFinding> findings,
                                            List<ThermalFinding> assumptions) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("an unsolved result needs a finding");
        }
        return new TileThermalResult(tileId, new double[0], 0, new float[0], 0, null, 0.0, false, Levels.NONE,
                List.of(), OrbitSummary.NONE, findings, assumptions);
    }

    /** @return identifier of the TILE instance */
    public String tileId() {
        return tileId;
    }

    /** @return whether the solve ran (no findings) */
    public boolean solved() {
        return findings.isEmpty();
    }

    /** @return number of samples (0 when the solve did not run) */
    public int samples() {
        return n;
    }

    /** @return sample times (s); shared with the inputs, callers must not modify it */
    public double[] time() {
        return time;
    }

    /**
     * @param k sample index
     * @return sample time (s)
     */
    public double time(int k) {
        return time[k];
    }

    /**
     * @param k sample index
     * @return electrical power the cells could deliver at their maximum power point over the step (W)
     */
    public double availableW(int k) {
        return at(AVAILABLE, k);
    }

    /**
     * @param k sample index
     * @return electrical power drawn from the cells over the step (W): the loads, conversion losses and battery
     *     charging; surplus stays on the solar face as heat
     */
    public double generatedW(int k) {
        return at(GENERATED, k);
    }

    /**
     * @param k sample index
     * @return electrical power of all GPUs over the step (W)
     */
    public double computeW(int k) {
        int i = decidedIndex(k);
        return i >= 0 ? levels.decidedComputeW()[i] : levels.commandedComputeW();
    }

    /**
     * @param k sample index
     * @return electrical power dissipated as heat on the board over the step: loads, MPPT, distribution and
     *     battery losses (W)
     */
    public double boardHeatW(int k) {
        return at(BOARD_HEAT, k);
    }

    /**
     * @param k sample index
     * @return battery charge (J)
     */
    public double batteryChargeJ(int k) {
        check(k);
        int i = offset + CHARGE * n + k;
        return (double) store[i] + (double) store[i + (CHARGE_REMAINDER - CHARGE) * n];
    }

    /**
     * @param k sample index
     * @return solar-face temperature (K)
     */
    public double solarFaceK(int k) {
        return initial.solarFaceK() + at(SOLAR_FACE, k);
    }

    /**
     * @param k sample index
     * @return board (GPU case) temperature (K)
     */
    public double boardK(int k) {
        return initial.boardK() + at(BOARD, k);
    }

    /**
     * @param k sample index
     * @return radiator temperature (K)
     */
    public double radiatorK(int k) {
        return initial.radiatorK() + at(RADIATOR, k);
    }

    /**
     * @param k sample index
     * @return highest junction temperature of any GPU over the step (K): the junctions are quasi-static above
     *     the board, hottest at the hotter end of the step
     */
    public double junctionMaxK(int k) {
        double board = boardK(k);
        double boardEnd = !lastStepped && k == n - 1 ? board : k + 1 == n ? boardEndK : boardK(k + 1);
        double hot = Math.max(board, boardEnd);
        int i = decidedIndex(k);
        return hot + (i >= 0 ? levels.decidedRiseK()[i] : levels.commandedRiseK());
    }

    /** @return number of GPU groups with power levels (0 when the solve did not run) */
    public int groups() {
        return levels.commanded().length;
    }

    /**
     * @param g group index
     * @param k sample index
     * @return power level of the group over the step: a mode index, {@link GpuGroup#MODE_IDLE} or
     *     {@link GpuGroup#MODE_OFF}
     */
    public int powerMode(int g, int k) {
        int groups = groups();
        Objects.checkIndex(g, groups);
        int i = decidedIndex(k);
        return i >= 0 ? levels.decidedLevels()[i * groups + g] : levels.commanded()[g];
    }

    /** @return changes of power level over the orbit, in time order */
    public List<ThrottleEvent> events() {
        return events;
    }

    /** @return orbit summary */
    public OrbitSummary summary() {
        return summary;
    }

    /** @return problems with the inputs that stopped the solve; empty when it ran */
    public List<ThermalFinding> findings() {
        return findings;
    }

    /** @return documented defaults used in place of unpublished figures */
    public List<ThermalFinding> assumptions() {
        return assumptions;
    }

    /** @return the state at the first sample, in full precision: the periodic initial state of a converged orbit */
    public ThermalState initialState() {
        if (n == 0) {
            throw new IllegalStateException("no state: the solve did not run");
        }
        return initial;
    }

    private double at(int series, int k) {
        check(k);
        return store[offset + series * n + k];
    }

    private void check(int k) {
        Objects.checkIndex(k, n);
    }

    /** @return where sample k is among the decided samples, or a negative number */
    private int decidedIndex(int k) {
        check(k);
        int[] decided = levels.decided();
        return decided.length == 0 ? -1 : decided.length == n ? k : Arrays.binarySearch(decided, k);
    }

    @Override
    public String toString() {
        return "TileThermalResult[" + tileId + ", " + n + " samples, " + summary + ", findings " + findings + "]";
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
