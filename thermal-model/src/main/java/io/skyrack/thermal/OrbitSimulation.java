package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass of the transient solve over the samples of one TILE: at each step the controller decides power
 * levels and battery flow from the state at the start of the step, then an implicit scheme advances the three
 * node temperatures.
 *
 * <p>The scheme is the trapezoidal rule (Crank–Nicolson, second order, A-stable). In the usual case — every
 * node massive, the network not stiff — each step takes one Newton iteration of it from the state at the start
 * of the step, with the analytic Jacobian there: {@code (C/dt − ½J(xₙ))·δ = f̄(xₙ) − 3εσA·Tₙ²·δₙ₋₁²} per face.
 * Without the last term this is the linearly implicit trapezoidal rule, a one-stage Rosenbrock method with
 * γ = ½, itself second order: only the T⁴ emission is linearised, and what one iteration leaves of the
 * trapezoidal equations is {@code ½εσA(6T²δ² + 4Tδ³ + δ⁴)} per face. The last term takes most of that out with
 * the last step's change, so that the emission the steps integrate is the trapezoidal rule's over the result's
 * temperatures (energy closes to ~10⁻⁸) and the orbit is within ~1 mK of Newton's method iterated to the
 * tolerance at 10 s steps. The board's row is linear with a constant diagonal and is eliminated: a 2×2 system
 * for the faces, one division per step. A step whose change is too large for one iteration (over
 * {@link #LINEARISED_MAX_STEP_K} on a face) or would leave a temperature non-positive is solved by Newton's
 * method to {@link SolverSettings#newtonToleranceK()} instead.
 *
 * <p>When some heat-exchange mode of the network decays faster than 2/dt, where the trapezoidal rule's
 * amplification factor turns negative and it would ring after a jump of the inputs, every step is TR-BDF2
 * instead (a trapezoidal stage over γ = 2 − √2 of the step, then BDF2; second order and L-stable; Bank et al.
 * 1985, Hosea and Shampine 1996), with Newton iterations to the tolerance. A node without heat capacity is
 * algebraic: its balance is solved at the new time in both schemes, also by Newton's method.
 *
 * <p>The environmental heat is interpolated linearly between samples, so the trapezoidal rule integrates it
 * exactly (its step averages are computed once per TILE); electrical powers hold over each step. The output
 * arrays, like the loads, are the thread's {@link Workspace} arrays, rewritten by every pass: a solve allocates
 * only its compact result ({@link TileThermalResult}), and nothing is allocated per step. In the usual case the
 * controller's common decision (every group at its commanded mode, within power and junction limits) is taken
 * inline, and the power levels of those steps are filled in by {@link #tally()} for the last pass only.
 * Mutable, one per TILE solve.
 */
final class OrbitSimulation {

    /** TR-BDF2's γ = 2 − √2: the trapezoid stage covers γ of the step. */
    private static final double GAMMA = 2.0 - Math.sqrt(2.0);
    /** BDF2 stage: x₁ − C1·x_γ + C2·x₀ = C3·dt·f(x₁)/C. */
    private static final double BDF_C1 = 1.0 / (GAMMA * (2.0 - GAMMA));
    private static final double BDF_C2 = (1.0 - GAMMA) * (1.0 - GAMMA) / (GAMMA * (2.0 - GAMMA));
    private static final double BDF_C3 = (1.0 - GAMMA) / (2.0 - GAMMA);
    private static final double[] IMPLICIT = {1.0, 1.0, 1.0};

    /**
     * Largest change of a face temperature over one step taken with the single linearised iteration (K). The
     * linearisation leaves about {@code 3εσA·T²·δ² / (C/dt)} of the trapezoidal equations unsolved: 1.6 mK for
     * the walker TILE at 360 K and δ = 5 K. Larger changes (a TILE far from equilibrium) are iterated.
     */
    static final double LINEARISED_MAX_STEP_K = 5.0;

    final TileNetwork net;
    final PowerController controller;
    private final String tileId;
    private final double newtonTolerance;
    final int n;
    final double dt;
    final double[] time;
    /**
     * Heat absorbed at each sample by the solar face and the radiator (W), direct irradiance on the cells (W/m²);
     * these and the step averages below are the thread's {@link Workspace} arrays, valid while this simulation is
     * the thread's latest.
     */
    final double[] qs;
    final double[] qr;
    final double[] cell;
    /**
     * Step averages from sample k to the next (wrapping to sample 0 after the last), interleaved: qs, qr (W) and
     * cells (W/m²) of step k at {@code MEANS * k} + {@link #M_QS}, {@link #M_QR}, {@link #M_CELL}. One array
     * rather than three, like {@link #rec}, leaves the kernel's loop fewer arrays to hold.
     */
    private final double[] means;
    static final int MEANS = 4;
    static final int M_QS = 0;
    static final int M_QR = 1;
    static final int M_CELL = 2;
    /** Orbit sums of {@link #qs}, {@link #qr}, {@link #cell}. */
    final double sumQs;
    final double sumQr;
    final double sumCell;
    /** Sum of the step-average absorbed heat over all n steps (W). */
    private final double sumMeanAbsorbed;
    /** Whether the inputs pass {@link OrbitThermalInputs#validate()}; when not, nothing else is meaningful. */
    final boolean inputsValid;
    /** Samples where the Earth (albedo and IR, hot case) heats the whole TILE most, and its radiator most. */
    final int sizingSample;
    final int sizingRadiatorSample;

    /**
     * The last recorded pass's samples (powers in W, charge in J, temperatures in K, levels), in the thread's
     * {@link Workspace} like the loads: copied into the result before the thread builds its next simulation.
     */
    final double[] compute;
    final int[][] levels;
    /**
     * The last recorded pass's series, interleaved: sample k of series s at {@code REC * k + s}, the series being
     * the power available, drawn and dissipated on the board (W), the charge (J) and the temperatures (K).
     */
    final double[] rec;
    static final int REC = 8;
    static final int R_AVAILABLE = 0;
    static final int R_GENERATED = 1;
    static final int R_HEAT = 2;
    static final int R_CHARGE = 3;
    static final int R_SOLAR_FACE = 4;
    static final int R_BOARD = 5;
    static final int R_RADIATOR = 6;
    /** Largest junction rise above the board (at least 0) at each {@link #decided} sample, by {@link #tally()} (K). */
    final double[] decidedRise;
    final List<ThrottleEvent> events = new ArrayList<>();
    /**
     * Samples of the last pass at which the controller ran its full decision, in order; at the others every
     * group ran its commanded mode, and {@link #levels} and {@link #compute} hold nothing.
     */
    final int[] decided;
    int decidedCount;

    /** Whether the steps use TR-BDF2 (stiff network) rather than Crank–Nicolson. */
    final boolean stiff;
    /** Whether some node has no heat capacity (is algebraic). */
    private final boolean massless;
    /** Whether the linearised Crank–Nicolson kernel applies: every node massive, network not stiff. */
    private final boolean plain;
    /** Crank–Nicolson constants: C/dt per node (W/K), Jacobian entries (W/K), emission terms (W/K⁴). */
    private final double cnS;
    private final double cnB;
    private final double cnR;
    private final double jSb;
    private final double jBs;
    private final double jBb;
    private final double jBr;
    private final double jRb;
    private final double halfEs;
    private final double halfEr;
    /** Constants of the linearised kernel. */
    private final Kernel kernel;
    /** For the tests: whether a linearised pass takes every step by {@link #slowStep}, none in its inner loop. */
    boolean slowStepsOnly;
    private final double[] aTrap = new double[3];
    private final double[] thetaTrap = new double[3];
    private final double[] explicitTrap = new double[3];
    private final double[] aBdf = new double[3];
    private final double[] r = new double[3];
    private final double[] x = new double[3];
    private final double[] trend = new double[3];

    /** Per pass: served and unserved energy (J), battery extremes (J), sum of the emission at the start of every
     *  step (W; iterated passes only, {@link #tally()} sums a linearised pass's from its samples); by
     *  {@link #tally()}: absorbed and emitted heat (J), time throttled (s), peak junction per group
     *  and overall (K), energy available, drawn and computed (J). */
    double absorbedJ;
    double emittedJ;
    double unservedJ;
    double throttledS;
    double servedJ;
    double minCharge;
    double maxCharge;
    boolean batteryBound;
    private double emissionSum;
    final double[] peakJunction;
    double peakJunctionK;
    double availableJ;
    double generatedJ;
    double computeJ;
    /** Most Newton iterations any step of the last pass took; above {@link TileNetwork#MAX_NEWTON}: failed. */
    int maxNewton;
    /** Steps of the last linearised pass that were iterated instead ({@link #LINEARISED_MAX_STEP_K}). */
    int iteratedSteps;
    /** Steps of the last pass. */
    int intervals;
    /** Whether the last pass kept its samples. */
    private boolean recorded;
    /** State after the last pass {Tₛ, T_b, Tᵣ, charge}. */
    final double[] end = new double[4];

    OrbitSimulation(TileThermalSpec spec, Environment env, OrbitThermalInputs in, SolverSettings settings) {
        this(spec, env, in, settings, true);
    }

    /**
     * @param linearised whether the usual case takes the single linearised iteration per step; when not, every
     *        step is solved by Newton's method to the tolerance (the reference the tests compare it with)
     */
    OrbitSimulation(TileThermalSpec spec, Environment env, OrbitThermalInputs in, SolverSettings settings,
                    boolean linearised) {
        net = new TileNetwork(spec);
        controller = new PowerController(spec, env, net, settings.recoveryMarginK(), in.step());
        tileId = in.tileId();
        newtonTolerance = settings.newtonToleranceK();
        n = in.size();
        dt = in.step();
        time = in.time();
        int groups = controller.groupCount();
        Workspace work = Workspace.LOCAL.get().ofSize(n, groups);
        qs = work.qs;
        qr = work.qr;
        cell = work.cell;
        means = work.means;
        decided = work.decided;
        compute = work.compute;
        rec = work.rec;
        decidedRise = work.decidedRise;
        // One pass over the inputs: the loads as EnvironmentLoads.at computes them (same operations, constants
        // hoisted), their step averages and orbit sums; whether the inputs pass OrbitThermalInputs.validate()
        // (its checks, without building findings); and the samples the radiator sizing uses.
        double[] t = in.time();
        double[] sunX = in.sunX();
        double[] sunY = in.sunY();
        double[] sunZ = in.sunZ();
        double[] ill = in.illumination();
        double[] fs = in.earthViewSolarFace();
        double[] fr = in.earthViewRadiator();
        double[] af = in.albedoFactor();
        boolean ok = n >= 2 && sunX.length == n && sunY.length == n && sunZ.length == n && ill.length == n
                && fs.length == n && fr.length == n && af.length == n && Double.isFinite(dt) && dt > 0.0;
        double solarConstant = env.solarConstant();
        double albedoFlux = env.solarConstant() * env.albedo();
        double areaS = spec.faceArea();
        double areaR = spec.radiatorArea();
        double alphaS = spec.solarFace().absorptivity();
        double alphaR = spec.radiatorFace().absorptivity();
        double irS = spec.solarFace().emissivity() * env.olr();
        double irR = spec.radiatorFace().emissivity() * env.olr();
        double stepTolerance = OrbitThermalInputs.UNIFORM_TOLERANCE * dt;
        double normLow = (1.0 - OrbitThermalInputs.SUN_NORM_TOLERANCE) * (1.0 - OrbitThermalInputs.SUN_NORM_TOLERANCE);
        double normHigh = (1.0 + OrbitThermalInputs.SUN_NORM_TOLERANCE) * (1.0 + OrbitThermalInputs.SUN_NORM_TOLERANCE);
        // radiator sizing (PeriodicOrbitSolver.requiredRadiatorArea): Earth albedo and IR of the hot case
        Environment hot = Environment.hot();
        double hotAlbedoFlux = hot.solarConstant() * hot.albedo();
        double hotS = areaS * spec.solarFace().emissivity() * hot.olr();
        double hotAlbedoS = areaS * alphaS * hotAlbedoFlux;
        double hotR = areaR * spec.radiatorFace().emissivity() * hot.olr();
        double hotAlbedoR = areaR * alphaR * hotAlbedoFlux;
        double maxTotal = -1.0;
        double maxRadiator = -1.0;
        int worstTotal = 0;
        int worstRadiator = 0;
        double sumS = 0.0;
        double sumR = 0.0;
        double sumE = 0.0;
        double lastS = 0.0;
        double lastR = 0.0;
        double lastE = 0.0;
        int m = ok ? n : 0;
        for (int k = 0; k < m; k++) {
            double z = sunZ[k];
            double lit = ill[k];
            double viewS = fs[k];
            double viewR = fr[k];
            double albedoFactor = af[k];
            double squared = sunX[k] * sunX[k] + sunY[k] * sunY[k] + z * z;
            ok &= (lit >= 0.0 && lit <= 1.0) & (viewS >= 0.0 && viewS <= 1.0) & (viewR >= 0.0 && viewR <= 1.0)
                    & (albedoFactor >= 0.0 && albedoFactor <= 1.0) & (squared >= normLow && squared <= normHigh)
                    & (k == 0 || Math.abs(t[k] - t[k - 1] - dt) <= stepTolerance);
            double cosSolar = z > 0.0 ? z : 0.0;
            double cosRadiator = z < 0.0 ? -z : 0.0;
            double direct = solarConstant * lit;
            double albedo = albedoFlux * albedoFactor;
            double heatS = areaS * (alphaS * (direct * cosSolar + albedo * viewS) + irS * viewS);
            double heatR = areaR * (alphaR * (direct * cosRadiator + albedo * viewR) + irR * viewR);
            double e = direct * cosSolar;
            qs[k] = heatS;
            qr[k] = heatR;
            cell[k] = e;
            sumS += heatS;
            sumR += heatR;
            sumE += e;
            if (k > 0) {
                means[MEANS * (k - 1) + M_QS] = 0.5 * (lastS + heatS);
                means[MEANS * (k - 1) + M_QR] = 0.5 * (lastR + heatR);
                means[MEANS * (k - 1) + M_CELL] = 0.5 * (lastE + e);
            }
            lastS = heatS;
            lastR = heatR;
            lastE = e;
            double earthS = viewS * (hotAlbedoS * albedoFactor + hotS);
            double earthR = viewR * (hotAlbedoR * albedoFactor + hotR);
            if (earthS + earthR > maxTotal) {
                maxTotal = earthS + earthR;
                worstTotal = k;
            }
            if (earthR > maxRadiator) {
                maxRadiator = earthR;
                worstRadiator = k;
            }
        }
        inputsValid = ok;
        sizingSample = worstTotal;
        sizingRadiatorSample = worstRadiator;
        if (m > 0) {
            means[MEANS * (n - 1) + M_QS] = 0.5 * (qs[n - 1] + qs[0]);
            means[MEANS * (n - 1) + M_QR] = 0.5 * (qr[n - 1] + qr[0]);
            means[MEANS * (n - 1) + M_CELL] = 0.5 * (cell[n - 1] + cell[0]);
        }
        sumQs = sumS;
        sumQr = sumR;
        sumCell = sumE;
        // the step averages of a periodic orbit sum to the samples' sum
        sumMeanAbsorbed = sumS + sumR;
        levels = work.levels;
        peakJunction = new double[groups];
        stiff = net.stiff(dt);
        massless = net.cs == 0.0 || net.cb == 0.0 || net.cr == 0.0;
        double[] c = {net.cs, net.cb, net.cr};
        for (int i = 0; i < 3; i++) {
            boolean massive = c[i] > 0.0;
            if (!stiff) {
                // Crank–Nicolson; a node without heat capacity is algebraic (θ = 1)
                aTrap[i] = c[i] / dt;
                thetaTrap[i] = massive ? 0.5 : 1.0;
            } else {
                // TR-BDF2: trapezoid over γ·dt, then BDF2 over the whole step
                aTrap[i] = c[i] / (GAMMA * dt);
                thetaTrap[i] = massive ? 0.5 : 1.0;
                aBdf[i] = c[i] / (BDF_C3 * dt);
            }
            explicitTrap[i] = massive ? 1.0 - thetaTrap[i] : 0.0;
        }
        plain = !stiff && !massless && linearised;
        cnS = net.cs / dt;
        cnB = net.cb / dt;
        cnR = net.cr / dt;
        jSb = -0.5 * net.g1;
        jBs = -0.5 * net.g1;
        jBb = cnB + 0.5 * (net.g1 + net.g2);
        jBr = -0.5 * net.g2;
        jRb = -0.5 * net.g2;
        halfEs = 0.5 * net.es;
        halfEr = 0.5 * net.er;
        kernel = new Kernel(controller, net, cnS, cnB, cnR);
    }

    /**
     * Runs one pass over the samples.
     *
     * @param start node temperatures {Tₛ, T_b, Tᵣ} at the first sample (K)
     * @param startCharge battery charge at the first sample (J)
     * @param periodic whether the last sample steps to the first one (one orbit) rather than ending there
     * @param end state after the last step {Tₛ, T_b, Tᵣ, charge}; for a non-periodic pass, the last sample's
     *        (also kept in {@link #end})
     * @param record whether to keep the samples and everything {@link #tally()} needs; a pass that is not
     *        recorded only finds the end state, the battery extremes and whether the battery was bound
     */
    void run(double[] start, double startCharge, boolean periodic, double[] end, boolean record) {
        events.clear();
        decidedCount = 0;
        recorded = record || !plain;
        if (plain) {
            runLinearised(start, startCharge, periodic, end, record);
        } else {
            runIterated(start, startCharge, periodic, end);
        }
        System.arraycopy(end, 0, this.end, 0, 4);
    }

    /**
     * The usual pass, every node massive and the network not stiff: one linearised Crank–Nicolson iteration per
     * step, the controller's common decision inline. Nearly all the work of a solve; scalars only.
     *
     * <p>The inner loop takes only the common steps (the controller's common decision, the single linearised
     * iteration accepted) and calls nothing, so that its state stays in registers. At any other step it stops
     * before changing anything, and {@link #slowStep} takes that step (the same operations as the common steps,
     * with the full decision or Newton's method where needed) before the loop resumes.
     */
    private void runLinearised(double[] start, double startCharge, boolean periodic, double[] end,
                               boolean record) {
        PowerController ctl = controller;
        Kernel kc = kernel;
        final double cellsAtRef = kc.cellsAtRef;
        final double cellsPerK = kc.cellsPerK;
        final double mppt = kc.mppt;
        final double perMppt = kc.perMppt;
        final double capacity = kc.capacity;
        final double floor = kc.floor;
        final double dischargeRate = kc.dischargeRate;
        final double chargeRateInverse = kc.chargeRateInverse;
        final double chargeEfficiency = kc.chargeEfficiency;
        final double perDischarge = kc.perDischarge;
        final double boardRate = kc.boardRate;
        final double loads = kc.loads;
        final double demand = kc.demand;
        final double boardLimit = kc.boardLimit;
        final boolean hasBattery = kc.hasBattery;
        final double demandSafe = kc.demandSafe;
        final double boardSumLimit = kc.boardSumLimit;
        final double g1 = kc.g1;
        final double g2 = kc.g2;
        final double es = kc.es;
        final double er = kc.er;
        final double es2 = kc.es2;
        final double er2 = kc.er2;
        final double es3 = kc.es3;
        final double er3 = kc.er3;
        final double perM = kc.perM;
        final double aM = kc.aM;
        final double cM = kc.cM;
        final double cross = kc.cross;
        final double cross2 = kc.cross2;
        final double baseS = kc.baseS;
        final double baseR = kc.baseR;
        final double dt = this.dt;
        final double[] mean = means;
        final double[] out = rec;

        double xs = start[0];
        double xb = start[1];
        double xr = start[2];
        double soc = startCharge;
        double lowest = soc;
        double highest = soc;
        double unserved = 0.0;
        double servedSlow = 0.0;
        int fastSteps = 0;
        boolean bound = false;
        int worstNewton = 1;
        double lastS = 0.0;
        double lastR = 0.0;
        int iterated = 0;
        boolean commandedBefore = ctl.atCommanded();
        int steps = periodic ? n : n - 1;
        intervals = steps;
        int k = 0;
        while (true) {
            if (commandedBefore && !slowStepsOnly) {
                for (; k < steps; k++) {
                    double irradiance = mean[MEANS * k + M_CELL];
                    // (comparisons rather than Math.max/min, which cost more here; the values are finite)
                    double relative = cellsAtRef + cellsPerK * (xs - SolarPower.REFERENCE_CELL_K);
                    double avail = irradiance * (relative > 0.0 ? relative : 0.0);
                    double bus = avail * mppt;
                    double aboveFloor = soc - floor;
                    double dischargeMax = (aboveFloor > 0.0 ? aboveFloor : 0.0) * dischargeRate;
                    if (!(bus + dischargeMax >= demandSafe && xb <= boardLimit
                            && boardRate * xb + g1 * xs + g2 * xr <= boardSumLimit)) {
                        break;
                    }
                    // every group at its commanded mode (PowerController.decide's first case, then flows)
                    double drawn;
                    double stored;
                    double next;
                    boolean full;
                    if (bus >= demand) {
                        double surplus = bus - demand;
                        double room = capacity - soc;
                        double chargeMax = (room > 0.0 ? room : 0.0) * chargeRateInverse;
                        double chargeIn = surplus < chargeMax ? surplus : chargeMax;
                        drawn = (demand + chargeIn) * perMppt;
                        full = hasBattery && surplus > chargeMax;
                        stored = chargeEfficiency * chargeIn;
                        double after = soc + stored * dt;
                        next = after < capacity ? after : capacity;
                    } else {
                        drawn = avail;
                        stored = -(demand - bus) * perDischarge;
                        double after = soc + stored * dt;
                        double kept = after < floor ? floor : after;
                        next = kept < capacity ? kept : capacity;
                        full = false;
                    }
                    double heat = drawn - stored;
                    // linearised Crank–Nicolson, (C/dt − ½J(x))·δ = f(x) − 3εσA·T²·δₙ₋₁² per face, with the
                    // step-average loads and the held powers
                    double xs3 = xs * xs * xs;
                    double xr3 = xr * xr * xr;
                    double emitS = es * xs3 * xs;
                    double emitR = er * xr3 * xr;
                    double toBoard = g1 * (xs - xb);
                    double toRadiator = g2 * (xb - xr);
                    double fs = mean[MEANS * k + M_QS] - emitS - drawn - toBoard - es3 * xs * xs * lastS * lastS;
                    double fb = heat + toBoard - toRadiator;
                    double fr = mean[MEANS * k + M_QR] - emitR + toRadiator - er3 * xr * xr * lastR * lastR;
                    double dss = baseS + es2 * xs3;
                    double drr = baseR + er2 * xr3;
                    double rs = fs + aM * fb;
                    double rr = fr + cM * fb;
                    double inv = 1.0 / (dss * drr - cross2);
                    double dxs = (drr * rs + cross * rr) * inv;
                    double dxr = (dss * rr + cross * rs) * inv;
                    double dxb = fb * perM + aM * dxs + cM * dxr;
                    double ys = xs + dxs;
                    double yb = xb + dxb;
                    double yr = xr + dxr;
                    if (!(Math.abs(dxs) <= LINEARISED_MAX_STEP_K && Math.abs(dxr) <= LINEARISED_MAX_STEP_K
                            && ys > 0.0 && yb > 0.0 && yr > 0.0)) {
                        break;
                    }
                    if (record) {
                        int at = REC * k;
                        out[at + R_AVAILABLE] = avail;
                        out[at + R_GENERATED] = drawn;
                        out[at + R_HEAT] = heat;
                        out[at + R_CHARGE] = soc;
                        out[at + R_SOLAR_FACE] = xs;
                        out[at + R_BOARD] = xb;
                        out[at + R_RADIATOR] = xr;
                    }
                    bound |= full;
                    fastSteps++;
                    lastS = ys - xs;
                    lastR = yr - xr;
                    xs = ys;
                    xb = yb;
                    xr = yr;
                    soc = next;
                    lowest = soc < lowest ? soc : lowest;
                    highest = soc > highest ? soc : highest;
                }
            }
            if (k >= steps) {
                break;
            }
            // any other step
            slowStep(k, xs, xb, xr, soc, lastS, lastR, commandedBefore, record);
            if (slowDecided) {
                servedSlow += ctl.servedW;
                unserved += ctl.unservedW;
                bound |= ctl.batteryBound;
                commandedBefore = ctl.atCommanded();
            } else {
                bound |= slowFull;
                fastSteps++;
            }
            if (slowNewton > 0) {
                worstNewton = Math.max(worstNewton, slowNewton);
                iterated++;
            }
            double ys = x[0];
            double yb = x[1];
            double yr = x[2];
            lastS = ys - xs;
            lastR = yr - xr;
            xs = ys;
            xb = yb;
            xr = yr;
            soc = slowNext;
            lowest = soc < lowest ? soc : lowest;
            highest = soc > highest ? soc : highest;
            k++;
        }
        if (!periodic) {
            // the last sample ends the window: decided and recorded, not stepped
            int last = n - 1;
            decide(last, cell[last], xs, xb, xr, soc);
            rec[REC * last + R_AVAILABLE] = ctl.availableW;
            rec[REC * last + R_GENERATED] = ctl.drawnW;
            rec[REC * last + R_HEAT] = ctl.boardHeatW;
            rec[REC * last + R_CHARGE] = soc;
            rec[REC * last + R_SOLAR_FACE] = xs;
            rec[REC * last + R_BOARD] = xb;
            rec[REC * last + R_RADIATOR] = xr;
        }
        unservedJ = unserved * dt;
        servedJ = (fastSteps * loads + servedSlow) * dt;
        minCharge = lowest;
        maxCharge = highest;
        batteryBound = bound;
        maxNewton = worstNewton;
        iteratedSteps = iterated;
        emissionSum = Double.NaN;
        end[0] = xs;
        end[1] = xb;
        end[2] = xr;
        end[3] = soc;
    }

    /** Results of {@link #slowStep}: whether the controller decided in full, and else whether the battery was
     *  full with surplus; the charge after the step; Newton iterations, 0 when the linearised iteration was
     *  taken; the new temperatures are in {@link #x}. */
    private boolean slowDecided;
    private boolean slowFull;
    private double slowNext;
    private int slowNewton;

    /**
     * One step of {@link #runLinearised} that its inner loop does not take: the controller's full decision
     * unless its common decision applies, the samples recorded, then the linearised iteration or, where that is
     * not enough, Newton's method. The same operations as the inner loop's where their cases meet. Results in
     * the {@code slow} fields and {@link #x}.
     */
    private void slowStep(int k, double xs, double xb, double xr, double soc, double lastS, double lastR,
                          boolean commandedBefore, boolean record) {
        Kernel kc = kernel;
        PowerController ctl = controller;
        double irradiance = means[MEANS * k + M_CELL];
        double relative = kc.cellsAtRef + kc.cellsPerK * (xs - SolarPower.REFERENCE_CELL_K);
        double avail = irradiance * (relative > 0.0 ? relative : 0.0);
        double bus = avail * kc.mppt;
        double aboveFloor = soc - kc.floor;
        double dischargeMax = (aboveFloor > 0.0 ? aboveFloor : 0.0) * kc.dischargeRate;
        double drawn;
        double heat;
        double next;
        boolean full = false;
        boolean decided;
        if (commandedBefore && bus + dischargeMax >= kc.demandSafe && xb <= kc.boardLimit
                && kc.boardRate * xb + kc.g1 * xs + kc.g2 * xr <= kc.boardSumLimit) {
            double demand = kc.demand;
            double capacity = kc.capacity;
            double stored;
            if (bus >= demand) {
                double surplus = bus - demand;
                double room = capacity - soc;
                double chargeMax = (room > 0.0 ? room : 0.0) * kc.chargeRateInverse;
                double chargeIn = surplus < chargeMax ? surplus : chargeMax;
                drawn = (demand + chargeIn) * kc.perMppt;
                full = kc.hasBattery && surplus > chargeMax;
                stored = kc.chargeEfficiency * chargeIn;
                double after = soc + stored * dt;
                next = after < capacity ? after : capacity;
            } else {
                drawn = avail;
                stored = -(demand - bus) * kc.perDischarge;
                double after = soc + stored * dt;
                double kept = after < kc.floor ? kc.floor : after;
                next = kept < capacity ? kept : capacity;
            }
            heat = drawn - stored;
            decided = false;
        } else {
            decide(k, irradiance, xs, xb, xr, soc);
            avail = ctl.availableW;
            drawn = ctl.drawnW;
            heat = ctl.boardHeatW;
            next = ctl.chargeNext;
            decided = true;
        }
        if (record) {
            rec[REC * k + R_AVAILABLE] = avail;
            rec[REC * k + R_GENERATED] = drawn;
            rec[REC * k + R_HEAT] = heat;
            rec[REC * k + R_CHARGE] = soc;
            rec[REC * k + R_SOLAR_FACE] = xs;
            rec[REC * k + R_BOARD] = xb;
            rec[REC * k + R_RADIATOR] = xr;
        }
        double es = kc.es;
        double er = kc.er;
        double xs3 = xs * xs * xs;
        double xr3 = xr * xr * xr;
        double emitS = es * xs3 * xs;
        double emitR = er * xr3 * xr;
        double toBoard = kc.g1 * (xs - xb);
        double toRadiator = kc.g2 * (xb - xr);
        double fs = means[MEANS * k + M_QS] - emitS - drawn - toBoard - kc.es3 * xs * xs * lastS * lastS;
        double fb = heat + toBoard - toRadiator;
        double fr = means[MEANS * k + M_QR] - emitR + toRadiator - kc.er3 * xr * xr * lastR * lastR;
        double dss = kc.baseS + kc.es2 * xs3;
        double drr = kc.baseR + kc.er2 * xr3;
        double rs = fs + kc.aM * fb;
        double rr = fr + kc.cM * fb;
        double inv = 1.0 / (dss * drr - kc.cross2);
        double dxs = (drr * rs + kc.cross * rr) * inv;
        double dxr = (dss * rr + kc.cross * rs) * inv;
        double dxb = fb * kc.perM + kc.aM * dxs + kc.cM * dxr;
        double ys = xs + dxs;
        double yb = xb + dxb;
        double yr = xr + dxr;
        int newton = 0;
        if (!(Math.abs(dxs) <= LINEARISED_MAX_STEP_K && Math.abs(dxr) <= LINEARISED_MAX_STEP_K && ys > 0.0
                && yb > 0.0 && yr > 0.0)) {
            trend[0] = dxs;
            trend[1] = dxb;
            trend[2] = dxr;
            int kn = k + 1 == n ? 0 : k + 1;
            newton = stepCrankNicolson(xs, xb, xr, k, kn, drawn, heat);
            ys = x[0];
            yb = x[1];
            yr = x[2];
        }
        x[0] = ys;
        x[1] = yb;
        x[2] = yr;
        slowDecided = decided;
        slowFull = full;
        slowNext = next;
        slowNewton = newton;
    }

    /**
     * Constants of the linearised kernel, from the controller and the network (see {@link #runLinearised}).
     */
    static final class Kernel {
        final double cellsAtRef;
        final double cellsPerK;
        final double mppt;
        final double perMppt;
        final double capacity;
        final double floor;
        final double dischargeRate;
        final double chargeRateInverse;
        final double chargeEfficiency;
        final double perDischarge;
        final double boardRate;
        final double loads;
        final double demand;
        final double boardLimit;
        final boolean hasBattery;
        final double demandSafe;
        final double boardSumLimit;
        final double g1;
        final double g2;
        final double es;
        final double er;
        final double es2;
        final double er2;
        final double es3;
        final double er3;
        final double perM;
        final double aM;
        final double cM;
        final double cross;
        final double cross2;
        final double baseS;
        final double baseR;

        Kernel(PowerController ctl, TileNetwork net, double cnS, double cnB, double cnR) {
            cellsAtRef = ctl.cellsAtReference;
            cellsPerK = ctl.cellsPerKelvin;
            mppt = ctl.mppt;
            perMppt = ctl.perMppt;
            capacity = ctl.capacity;
            floor = ctl.floor;
            dischargeRate = ctl.dischargeRate;
            chargeRateInverse = ctl.chargeRateInverse;
            chargeEfficiency = ctl.chargeEfficiency;
            perDischarge = ctl.perDischarge;
            boardRate = ctl.boardRate;
            double gpu = ctl.commandedGpuW();
            loads = gpu + ctl.housekeeping;
            demand = loads * ctl.perDistribution;
            boardLimit = ctl.commandedBoardLimitK();
            hasBattery = capacity > 0.0;
            // The inline decision is PowerController.decide's first case, tested with a relative margin of 1e-12
            // so that it never accepts what decide would not (rounding); at the margin decide itself runs:
            //   gpu ≤ (bus + discharge)·η_dist − housekeeping, and flows needs no more than the allowed
            //   discharge, both follow from bus + discharge ≥ demand·(1 + 1e-12);
            //   max(T_b, T_b,end) ≤ limit with T_b,end = (C_b/dt·T_b + G₁Tₛ + G₂Tᵣ + heat)/(C_b/dt + G₁ + G₂).
            demandSafe = demand * (1.0 + 1e-12);
            double boardSum = boardLimit / ctl.boardInverse;
            boardSumLimit = boardLimit == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY
                    : boardSum - (gpu + ctl.housekeeping) * ctl.conversion - 1e-12 * Math.abs(boardSum);
            // network constants: M = C/dt − ½J is [dss −a 0; −a mbb −c; 0 −c drr]
            g1 = net.g1;
            g2 = net.g2;
            es = net.es;
            er = net.er;
            es2 = 2.0 * es;
            er2 = 2.0 * er;
            es3 = 3.0 * es;
            er3 = 3.0 * er;
            double a = 0.5 * g1;
            double c = 0.5 * g2;
            // the board's row is linear with a constant diagonal: eliminating it leaves a 2×2 system for the
            // faces, (dss − a²/m)·δₛ − (ac/m)·δᵣ = fₛ + (a/m)·f_b,  −(ac/m)·δₛ + (drr − c²/m)·δᵣ = fᵣ + (c/m)·f_b,
            // and then δ_b = (f_b + a·δₛ + c·δᵣ)/m
            double mbb = cnB + a + c;
            perM = 1.0 / mbb;
            aM = a * perM;
            cM = c * perM;
            cross = a * c * perM;
            cross2 = cross * cross;
            baseS = cnS + a - a * aM;
            baseR = cnR + c - c * cM;
        }

    }

    /** The controller's full decision at sample k, recorded. */
    private void decide(int k, double irradiance, double xs, double xb, double xr, double soc) {
        controller.decide(irradiance, xs, xb, xr, soc);
        record(k);
    }

    /** Records the controller's decision at sample k: events, levels, compute power; then commits it. */
    private void record(int k) {
        PowerController ctl = controller;
        if (ctl.changed) {
            recordChanges(k);
        }
        for (int g = 0; g < levels.length; g++) {
            levels[g][k] = ctl.modes[g];
        }
        compute[k] = ctl.computeW;
        ctl.commit();
        decided[decidedCount++] = k;
    }

    /** Every other case: Crank–Nicolson or TR-BDF2 with Newton iterations, massless nodes algebraic. */
    private void runIterated(double[] start, double startCharge, boolean periodic, double[] end) {
        double unserved = 0.0;
        double served = 0.0;
        double lowest = startCharge;
        double highest = startCharge;
        boolean bound = false;
        int worstNewton = 0;
        double emission = 0.0;
        PowerController ctl = controller;
        double xs = start[0];
        double xb = start[1];
        double xr = start[2];
        double soc = startCharge;
        int steps = periodic ? n : n - 1;
        intervals = steps;
        for (int k = 0; k < n; k++) {
            boolean stepping = k < steps;
            int kn = !stepping ? k : (k + 1 == n ? 0 : k + 1);
            double irradiance = stepping ? means[MEANS * k + M_CELL] : cell[k];
            ctl.decide(irradiance, xs, xb, xr, soc);
            if (k == 0 && massless) {
                consistentStart(xs, xb, xr, ctl.drawnW, ctl.boardHeatW);
                xs = x[0];
                xb = x[1];
                xr = x[2];
            }
            record(k);
            rec[REC * k + R_AVAILABLE] = ctl.availableW;
            rec[REC * k + R_GENERATED] = ctl.drawnW;
            rec[REC * k + R_HEAT] = ctl.boardHeatW;
            rec[REC * k + R_CHARGE] = soc;
            rec[REC * k + R_SOLAR_FACE] = xs;
            rec[REC * k + R_BOARD] = xb;
            rec[REC * k + R_RADIATOR] = xr;
            if (stepping) {
                emission += net.es * pow4(xs) + net.er * pow4(xr);
                int it = advance(xs, xb, xr, k, kn, ctl.drawnW, ctl.boardHeatW);
                worstNewton = Math.max(worstNewton, it);
                unserved += ctl.unservedW;
                served += ctl.servedW;
                bound |= ctl.batteryBound;
                trend[0] = x[0] - xs;
                trend[1] = x[1] - xb;
                trend[2] = x[2] - xr;
                xs = x[0];
                xb = x[1];
                xr = x[2];
                soc = ctl.chargeNext;
                lowest = Math.min(lowest, soc);
                highest = Math.max(highest, soc);
            }
        }
        unservedJ = unserved * dt;
        servedJ = served * dt;
        minCharge = lowest;
        maxCharge = highest;
        batteryBound = bound;
        maxNewton = worstNewton;
        emissionSum = emission;
        end[0] = xs;
        end[1] = xb;
        end[2] = xr;
        end[3] = soc;
    }

    /**
     * Works out what only the last pass needs: the largest junction rise at each sample the controller decided
     * in full (elsewhere every group ran its commanded mode); the junction temperatures (quasi-static above the
     * board, hottest at either end of each step), each group's peak and the overall peak; the time throttled;
     * the energy available, drawn and computed; and the heat absorbed and emitted by the trapezoidal rule — the
     * rule the steps integrate with.
     */
    void tally() {
        if (!recorded) {
            throw new IllegalStateException("the last pass was not recorded");
        }
        PowerController ctl = controller;
        int groups = ctl.groupCount();
        double gpu = ctl.commandedGpuW();
        double riseMax = 0.0;
        for (int g = 0; g < groups; g++) {
            riseMax = Math.max(riseMax, ctl.commandedRiseK(g));
        }
        Arrays.fill(peakJunction, 0.0);
        double hottestCommanded = Double.NEGATIVE_INFINITY;
        double peak = 0.0;
        double throttled = 0.0;
        double sumAvailable = 0.0;
        double sumGenerated = 0.0;
        double sumCompute = 0.0;
        // the emission at the start of every step of a linearised pass, as the step computed it
        boolean emissionOfSteps = plain;
        double es = kernel.es;
        double er = kernel.er;
        double emission = 0.0;
        int next = 0;
        int nextDecided = decidedCount > 0 ? decided[0] : n;
        for (int k = 0; k < n; k++) {
            boolean stepping = k < intervals;
            double boardK = rec[REC * k + R_BOARD];
            double boardEnd = !stepping ? boardK : k + 1 == n ? end[1] : rec[REC * (k + 1) + R_BOARD];
            double hot = Math.max(boardK, boardEnd);
            double max;
            double gpuW;
            if (k == nextDecided) {
                // hot + max(0, rises) equals max(hot, hot + rise of each group): rounding is monotonic
                double rise = 0.0;
                boolean below = false;
                for (int g = 0; g < groups; g++) {
                    double r = ctl.riseK(g, levels[g][k]);
                    peakJunction[g] = Math.max(peakJunction[g], hot + r);
                    rise = Math.max(rise, r);
                    below |= levels[g][k] < ctl.commandedLevel(g);
                }
                max = hot + rise;
                decidedRise[next] = rise;
                gpuW = compute[k];
                throttled += stepping && below ? dt : 0.0;
                next++;
                nextDecided = next < decidedCount ? decided[next] : n;
            } else {
                // every group at its commanded mode
                max = hot + riseMax;
                gpuW = gpu;
                hottestCommanded = Math.max(hottestCommanded, hot);
            }
            peak = Math.max(peak, max);
            if (stepping) {
                sumAvailable += rec[REC * k + R_AVAILABLE];
                sumGenerated += rec[REC * k + R_GENERATED];
                sumCompute += gpuW;
                if (emissionOfSteps) {
                    double xs = rec[REC * k + R_SOLAR_FACE];
                    double xr = rec[REC * k + R_RADIATOR];
                    double xs3 = xs * xs * xs;
                    double xr3 = xr * xr * xr;
                    double emitS = es * xs3 * xs;
                    double emitR = er * xr3 * xr;
                    emission += emitS + emitR;
                }
            }
        }
        if (hottestCommanded > Double.NEGATIVE_INFINITY) {
            for (int g = 0; g < groups; g++) {
                peakJunction[g] = Math.max(peakJunction[g], hottestCommanded + ctl.commandedRiseK(g));
            }
        }
        peakJunctionK = peak;
        availableJ = sumAvailable * dt;
        generatedJ = sumGenerated * dt;
        computeJ = sumCompute * dt;
        throttledS = throttled;
        // trapezoidal rule over the steps: Σ ½(E(xₖ) + E(xₖ₊₁)) = Σ E(xₖ) + ½(E(end) − E(x₀))
        double firstEmission = net.es * pow4(rec[R_SOLAR_FACE]) + net.er * pow4(rec[R_RADIATOR]);
        double lastEmission = net.es * pow4(end[0]) + net.er * pow4(end[2]);
        emittedJ = dt * ((emissionOfSteps ? emission : emissionSum) + 0.5 * (lastEmission - firstEmission));
        int lastMean = MEANS * (n - 1);
        double absorbed = intervals == n ? sumMeanAbsorbed
                : sumMeanAbsorbed - means[lastMean + M_QS] - means[lastMean + M_QR];
        absorbedJ = dt * absorbed;
    }

    /**
     * Packs the last recorded pass's samples into {@code store} from {@code offset}, in
     * {@link TileThermalResult}'s layout: each series as {@code float}, temperatures as the change from the first
     * sample, the charge as a {@code float} and its remainder.
     */
    void pack(float[] store, int offset) {
        int m = n;
        double[] r = rec;
        int available = offset + TileThermalResult.AVAILABLE * m;
        int generated = offset + TileThermalResult.GENERATED * m;
        int heat = offset + TileThermalResult.BOARD_HEAT * m;
        int solarFace = offset + TileThermalResult.SOLAR_FACE * m;
        int board = offset + TileThermalResult.BOARD * m;
        int radiator = offset + TileThermalResult.RADIATOR * m;
        int hi = offset + TileThermalResult.CHARGE * m;
        int lo = offset + TileThermalResult.CHARGE_REMAINDER * m;
        double s0 = r[R_SOLAR_FACE];
        double b0 = r[R_BOARD];
        double r0 = r[R_RADIATOR];
        for (int k = 0; k < m; k++) {
            int at = REC * k;
            store[available + k] = (float) r[at + R_AVAILABLE];
            store[generated + k] = (float) r[at + R_GENERATED];
            store[heat + k] = (float) r[at + R_HEAT];
            store[solarFace + k] = (float) (r[at + R_SOLAR_FACE] - s0);
            store[board + k] = (float) (r[at + R_BOARD] - b0);
            store[radiator + k] = (float) (r[at + R_RADIATOR] - r0);
            double c = r[at + R_CHARGE];
            float f = (float) c;
            store[hi + k] = f;
            store[lo + k] = (float) (c - f);
        }
    }

    /**
     * @param slot a series of {@link #rec}, such as {@link #R_BOARD}
     * @return a copy of the series over the samples of the last recorded pass
     */
    double[] series(int slot) {
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = rec[REC * k + slot];
        }
        return out;
    }

    /** @return the last recorded pass's power levels, GPU power and junction rises, after {@link #tally()} */
    TileThermalResult.Levels levelsOfPass() {
        PowerController ctl = controller;
        int groups = ctl.groupCount();
        int[] commanded = new int[groups];
        double riseMax = 0.0;
        for (int g = 0; g < groups; g++) {
            commanded[g] = ctl.commandedLevel(g);
            riseMax = Math.max(riseMax, ctl.commandedRiseK(g));
        }
        int count = decidedCount;
        int[] at = Arrays.copyOf(decided, count);
        int[] levelsAt = new int[count * groups];
        double[] computeAt = new double[count];
        for (int i = 0; i < count; i++) {
            int k = at[i];
            for (int g = 0; g < groups; g++) {
                levelsAt[i * groups + g] = levels[g][k];
            }
            computeAt[i] = compute[k];
        }
        return new TileThermalResult.Levels(commanded, ctl.commandedGpuW(), riseMax, at, levelsAt, computeAt,
                Arrays.copyOf(decidedRise, count));
    }

    private static double pow4(double t) {
        double t2 = t * t;
        return t2 * t2;
    }

    /**
     * Puts the nodes without heat capacity in balance with the others at the first sample, into {@link #x}:
     * their temperature is not state, and an inconsistent one would bias the first step.
     */
    private void consistentStart(double xs, double xb, double xr, double pExt, double pBoard) {
        double[] c = {net.cs, net.cb, net.cr};
        double[] pinA = new double[3];
        double[] pinTheta = new double[3];
        x[0] = xs;
        x[1] = xb;
        x[2] = xr;
        for (int i = 0; i < 3; i++) {
            // a massive node keeps its value (x = r); a massless one balances (f = 0)
            pinA[i] = c[i] > 0.0 ? 1.0 : 0.0;
            pinTheta[i] = c[i] > 0.0 ? 0.0 : 1.0;
            r[i] = c[i] > 0.0 ? x[i] : 0.0;
        }
        net.solve(pinA, pinTheta, r, qs[0], qr[0], pExt, pBoard, x, newtonTolerance);
    }

    /**
     * A Crank–Nicolson step solved by Newton's method to the tolerance, every node massive and the network not
     * stiff, from the predictor {@link #trend}: {@code (C/dt)(x' − x) = ½ f(x) + ½ f(x')}, with scalars only.
     * Same equations as {@link #advance} with θ = ½. Used where the single linearised iteration is not enough.
     *
     * @return Newton iterations used
     */
    private int stepCrankNicolson(double xs, double xb, double xr, int k, int kn, double pExt, double pBoard) {
        double g1 = net.g1;
        double g2 = net.g2;
        double es = net.es;
        double er = net.er;
        double xs4 = xs * xs * xs * xs;
        double xr4 = xr * xr * xr * xr;
        // right-hand sides: (C/dt)·x + ½ f(x) at the start of the step
        double rs = cnS * xs + 0.5 * (qs[k] - es * xs4 - pExt - g1 * (xs - xb));
        double rb = cnB * xb + 0.5 * (pBoard + g1 * (xs - xb) - g2 * (xb - xr));
        double rr = cnR * xr + 0.5 * (qr[k] - er * xr4 + g2 * (xb - xr));
        double qsEnd = 0.5 * (qs[kn] - pExt);
        double qbEnd = 0.5 * pBoard;
        double qrEnd = 0.5 * qr[kn];
        double ys = Math.max(xs + trend[0], 0.5 * xs);
        double yb = Math.max(xb + trend[1], 0.5 * xb);
        double yr = Math.max(xr + trend[2], 0.5 * xr);
        double tolerance = newtonTolerance;
        for (int it = 1; it <= TileNetwork.MAX_NEWTON; it++) {
            double ys2 = ys * ys;
            double yr2 = yr * yr;
            double ys3 = ys2 * ys;
            double yr3 = yr2 * yr;
            double toBoard = 0.5 * g1 * (ys - yb);
            double toRadiator = 0.5 * g2 * (yb - yr);
            double bs = rs + qsEnd - halfEs * ys3 * ys - toBoard - cnS * ys;
            double bb = rb + qbEnd + toBoard - toRadiator - cnB * yb;
            double br = rr + qrEnd - halfEr * yr3 * yr + toRadiator - cnR * yr;
            double dss = cnS + 4.0 * halfEs * ys3 + 0.5 * g1;
            double drr = cnR + 4.0 * halfEr * yr3 + 0.5 * g2;
            double minor = jBb * drr - jBr * jRb;
            double inv = 1.0 / (dss * minor - jSb * jBs * drr);
            double upper = bb * drr - jBr * br;
            double dxs = (bs * minor - jSb * upper) * inv;
            double dxb = (dss * upper - jBs * drr * bs) * inv;
            double dxr = (dss * (jBb * br - bb * jRb) - jBs * jSb * br + jBs * jRb * bs) * inv;
            ys = ys + dxs > 0.0 ? ys + dxs : 0.5 * ys;
            yb = yb + dxb > 0.0 ? yb + dxb : 0.5 * yb;
            yr = yr + dxr > 0.0 ? yr + dxr : 0.5 * yr;
            double step = Math.max(Math.abs(dxs), Math.max(Math.abs(dxb), Math.abs(dxr)));
            double kappa = Math.max(6.0 * halfEs * ys * ys / dss, 6.0 * halfEr * yr * yr / drr);
            if (step <= tolerance || kappa * step * step <= tolerance) {
                x[0] = ys;
                x[1] = yb;
                x[2] = yr;
                return it;
            }
        }
        x[0] = ys;
        x[1] = yb;
        x[2] = yr;
        return TileNetwork.MAX_NEWTON + 1;
    }

    /**
     * Advances the node temperatures over step k → kn into {@link #x}.
     *
     * @return Newton iterations used (the larger of the two stages for TR-BDF2)
     */
    private int advance(double xs, double xb, double xr, int k, int kn, double pExt, double pBoard) {
        if (!stiff && !massless) {
            return stepCrankNicolson(xs, xb, xr, k, kn, pExt, pBoard);
        }
        double fs0 = net.fs(xs, xb, qs[k], pExt);
        double fb0 = net.fb(xs, xb, xr, pBoard);
        double fr0 = net.fr(xb, xr, qr[k]);
        double weight = stiff ? GAMMA : 1.0;
        r[0] = aTrap[0] * xs + explicitTrap[0] * fs0;
        r[1] = aTrap[1] * xb + explicitTrap[1] * fb0;
        r[2] = aTrap[2] * xr + explicitTrap[2] * fr0;
        // predictor: the last step's change
        x[0] = Math.max(xs + weight * trend[0], 0.5 * xs);
        x[1] = Math.max(xb + weight * trend[1], 0.5 * xb);
        x[2] = Math.max(xr + weight * trend[2], 0.5 * xr);
        double qsEnd = stiff ? (1.0 - GAMMA) * qs[k] + GAMMA * qs[kn] : qs[kn];
        double qrEnd = stiff ? (1.0 - GAMMA) * qr[k] + GAMMA * qr[kn] : qr[kn];
        int it = net.solve(aTrap, thetaTrap, r, qsEnd, qrEnd, pExt, pBoard, x, newtonTolerance);
        if (!stiff) {
            return it;
        }
        double gs = x[0];
        double gb = x[1];
        double gr = x[2];
        r[0] = aBdf[0] * (BDF_C1 * gs - BDF_C2 * xs);
        r[1] = aBdf[1] * (BDF_C1 * gb - BDF_C2 * xb);
        r[2] = aBdf[2] * (BDF_C1 * gr - BDF_C2 * xr);
        x[0] = Math.max(gs + (1.0 - GAMMA) * trend[0], 0.5 * gs);
        x[1] = Math.max(gb + (1.0 - GAMMA) * trend[1], 0.5 * gb);
        x[2] = Math.max(gr + (1.0 - GAMMA) * trend[2], 0.5 * gr);
        return Math.max(it, net.solve(aBdf, IMPLICIT, r, qs[kn], qr[kn], pExt, pBoard, x, newtonTolerance));
    }

    private void recordChanges(int k) {
        for (int g = 0; g < controller.groupCount(); g++) {
            int from = controller.previous[g];
            int to = controller.modes[g];
            if (to != from) {
                ThrottleEvent.Reason why = to > from || controller.reasons[g] == null
                        ? ThrottleEvent.Reason.RECOVERY : controller.reasons[g];
                events.add(new ThrottleEvent(time[k], tileId, g, from, to, why));
            }
        }
    }

    /**
     * Per-thread arrays for what one solve needs only while it runs (the loads, the decided samples and the
     * samples of the last pass, which the result packs), so that a batch allocates only its compact results. A
     * simulation takes them when it is built and must be done with them before the next simulation is built on
     * the same thread: {@link PeriodicOrbitSolver} builds one per solve.
     */
    static final class Workspace {
        static final ThreadLocal<Workspace> LOCAL = ThreadLocal.withInitial(Workspace::new);

        double[] qs = new double[0];
        double[] qr = new double[0];
        double[] cell = new double[0];
        double[] means = new double[0];
        int[] decided = new int[0];
        double[] decidedRise = new double[0];
        double[] compute = new double[0];
        double[] rec = new double[0];
        int[][] levels = new int[0][0];

        /** @return this workspace, with arrays of length n and levels for the groups (contents undefined) */
        Workspace ofSize(int n, int groups) {
            if (qs.length != n) {
                qs = new double[n];
                qr = new double[n];
                cell = new double[n];
                means = new double[MEANS * n];
                decided = new int[n];
                decidedRise = new double[n];
                compute = new double[n];
                rec = new double[REC * n];
                levels = new int[groups][n];
            } else if (levels.length != groups) {
                levels = new int[groups][n];
            }
            return this;
        }
    }
}
