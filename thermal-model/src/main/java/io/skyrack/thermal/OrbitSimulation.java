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
    /** Step averages from sample k to the next (wrapping to sample 0 after the last): qs, qr (W), cells (W/m²). */
    private final double[] qsMean;
    private final double[] qrMean;
    private final double[] cellMean;
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
    final double[] available;
    final double[] generated;
    final double[] compute;
    final double[] boardHeat;
    final double[] charge;
    final double[] solarFace;
    final double[] board;
    final double[] radiator;
    final int[][] levels;
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
    private final double[] aTrap = new double[3];
    private final double[] thetaTrap = new double[3];
    private final double[] explicitTrap = new double[3];
    private final double[] aBdf = new double[3];
    private final double[] r = new double[3];
    private final double[] x = new double[3];
    private final double[] trend = new double[3];

    /** Per pass: served and unserved energy (J), battery extremes (J), sum of the emission at the start of every
     *  step (W); by {@link #tally()}: absorbed and emitted heat (J), time throttled (s), peak junction per group
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
        qsMean = work.qsMean;
        qrMean = work.qrMean;
        cellMean = work.cellMean;
        decided = work.decided;
        available = work.available;
        generated = work.generated;
        compute = work.compute;
        boardHeat = work.boardHeat;
        charge = work.charge;
        solarFace = work.solarFace;
        board = work.board;
        radiator = work.radiator;
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
                qsMean[k - 1] = 0.5 * (lastS + heatS);
                qrMean[k - 1] = 0.5 * (lastR + heatR);
                cellMean[k - 1] = 0.5 * (lastE + e);
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
            qsMean[n - 1] = 0.5 * (qs[n - 1] + qs[0]);
            qrMean[n - 1] = 0.5 * (qr[n - 1] + qr[0]);
            cellMean[n - 1] = 0.5 * (cell[n - 1] + cell[0]);
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
     */
    private void runLinearised(double[] start, double startCharge, boolean periodic, double[] end,
                               boolean record) {
        PowerController ctl = controller;
        // controller constants (see PowerController.decide and flows)
        final double cellsAtRef = ctl.cellsAtReference;
        final double cellsPerK = ctl.cellsPerKelvin;
        final double mppt = ctl.mppt;
        final double perMppt = ctl.perMppt;
        final double housekeeping = ctl.housekeeping;
        final double capacity = ctl.capacity;
        final double floor = ctl.floor;
        final double dischargeRate = ctl.dischargeRate;
        final double chargeRateInverse = ctl.chargeRateInverse;
        final double chargeEfficiency = ctl.chargeEfficiency;
        final double perDischarge = ctl.perDischarge;
        final double boardRate = ctl.boardRate;
        final double boardInverse = ctl.boardInverse;
        final double gpu = ctl.commandedGpuW();
        final double loads = gpu + housekeeping;
        final double demand = loads * ctl.perDistribution;
        final double boardLimit = ctl.commandedBoardLimitK();
        final boolean hasBattery = capacity > 0.0;
        // The inline decision is PowerController.decide's first case, tested with a relative margin of 1e-12 so
        // that it never accepts what decide would not (rounding); at the margin decide itself runs:
        //   gpu ≤ (bus + discharge)·η_dist − housekeeping, and flows needs no more than the allowed discharge,
        //   both follow from bus + discharge ≥ demand·(1 + 1e-12);
        //   max(T_b, T_b,end) ≤ limit with T_b,end = (C_b/dt·T_b + G₁Tₛ + G₂Tᵣ + heat)/(C_b/dt + G₁ + G₂).
        final double demandSafe = demand * (1.0 + 1e-12);
        final double boardSum = boardLimit / boardInverse;
        final double boardSumLimit = boardLimit == Double.POSITIVE_INFINITY ? Double.POSITIVE_INFINITY
                : boardSum - (gpu + housekeeping) * ctl.conversion - 1e-12 * Math.abs(boardSum);
        // network constants: M = C/dt − ½J is [dss −a 0; −a mbb −c; 0 −c drr]
        final double g1 = net.g1;
        final double g2 = net.g2;
        final double es = net.es;
        final double er = net.er;
        final double es2 = 2.0 * es;
        final double er2 = 2.0 * er;
        final double es3 = 3.0 * es;
        final double er3 = 3.0 * er;
        final double a = 0.5 * g1;
        final double c = 0.5 * g2;
        // the board's row is linear with a constant diagonal: eliminating it leaves a 2×2 system for the faces,
        //   (dss − a²/m)·δₛ − (ac/m)·δᵣ = fₛ + (a/m)·f_b,  −(ac/m)·δₛ + (drr − c²/m)·δᵣ = fᵣ + (c/m)·f_b,
        // and then δ_b = (f_b + a·δₛ + c·δᵣ)/m
        final double mbb = cnB + a + c;
        final double perM = 1.0 / mbb;
        final double aM = a * perM;
        final double cM = c * perM;
        final double cross = a * c * perM;
        final double cross2 = cross * cross;
        final double baseS = cnS + a - a * aM;
        final double baseR = cnR + c - c * cM;
        final double[] qsm = qsMean;
        final double[] qrm = qrMean;
        final double[] em = cellMean;
        final double[] outAvailable = available;
        final double[] outGenerated = generated;
        final double[] outHeat = boardHeat;
        final double[] outCharge = charge;
        final double[] outS = solarFace;
        final double[] outB = board;
        final double[] outR = radiator;

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
        double emission = 0.0;
        double lastS = 0.0;
        double lastR = 0.0;
        int iterated = 0;
        boolean commandedBefore = ctl.atCommanded();
        int steps = periodic ? n : n - 1;
        intervals = steps;
        for (int k = 0; k < steps; k++) {
            double irradiance = em[k];
            // (comparisons rather than Math.max/min, which cost more here; the values are finite)
            double relative = cellsAtRef + cellsPerK * (xs - SolarPower.REFERENCE_CELL_K);
            double avail = irradiance * (relative > 0.0 ? relative : 0.0);
            double bus = avail * mppt;
            double aboveFloor = soc - floor;
            double dischargeMax = (aboveFloor > 0.0 ? aboveFloor : 0.0) * dischargeRate;
            double drawn;
            double heat;
            double next;
            if (commandedBefore && bus + dischargeMax >= demandSafe && xb <= boardLimit
                    && boardRate * xb + g1 * xs + g2 * xr <= boardSumLimit) {
                // every group at its commanded mode (PowerController.decide's first case, then flows)
                double stored;
                if (bus >= demand) {
                    double surplus = bus - demand;
                    double room = capacity - soc;
                    double chargeMax = (room > 0.0 ? room : 0.0) * chargeRateInverse;
                    double chargeIn = surplus < chargeMax ? surplus : chargeMax;
                    drawn = (demand + chargeIn) * perMppt;
                    bound |= hasBattery && surplus > chargeMax;
                    stored = chargeEfficiency * chargeIn;
                    double after = soc + stored * dt;
                    next = after < capacity ? after : capacity;
                } else {
                    drawn = avail;
                    stored = -(demand - bus) * perDischarge;
                    double after = soc + stored * dt;
                    double kept = after < floor ? floor : after;
                    next = kept < capacity ? kept : capacity;
                }
                heat = drawn - stored;
                fastSteps++;
            } else {
                decide(k, irradiance, xs, xb, xr, soc);
                avail = ctl.availableW;
                drawn = ctl.drawnW;
                heat = ctl.boardHeatW;
                next = ctl.chargeNext;
                servedSlow += ctl.servedW;
                unserved += ctl.unservedW;
                bound |= ctl.batteryBound;
                commandedBefore = ctl.atCommanded();
            }
            if (record) {
                outAvailable[k] = avail;
                outGenerated[k] = drawn;
                outHeat[k] = heat;
                outCharge[k] = soc;
                outS[k] = xs;
                outB[k] = xb;
                outR[k] = xr;
            }
            // linearised Crank–Nicolson, (C/dt − ½J(x))·δ = f(x) − 3εσA·T²·δₙ₋₁² per face, with the step-average
            // loads and the held powers
            double xs3 = xs * xs * xs;
            double xr3 = xr * xr * xr;
            double emitS = es * xs3 * xs;
            double emitR = er * xr3 * xr;
            if (record) {
                emission += emitS + emitR;
            }
            double toBoard = g1 * (xs - xb);
            double toRadiator = g2 * (xb - xr);
            double fs = qsm[k] - emitS - drawn - toBoard - es3 * xs * xs * lastS * lastS;
            double fb = heat + toBoard - toRadiator;
            double fr = qrm[k] - emitR + toRadiator - er3 * xr * xr * lastR * lastR;
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
            if (!(Math.abs(dxs) <= LINEARISED_MAX_STEP_K && Math.abs(dxr) <= LINEARISED_MAX_STEP_K && ys > 0.0
                    && yb > 0.0 && yr > 0.0)) {
                trend[0] = dxs;
                trend[1] = dxb;
                trend[2] = dxr;
                int kn = k + 1 == n ? 0 : k + 1;
                worstNewton = Math.max(worstNewton, stepCrankNicolson(xs, xb, xr, k, kn, drawn, heat));
                iterated++;
                ys = x[0];
                yb = x[1];
                yr = x[2];
            }
            lastS = ys - xs;
            lastR = yr - xr;
            xs = ys;
            xb = yb;
            xr = yr;
            soc = next;
            lowest = soc < lowest ? soc : lowest;
            highest = soc > highest ? soc : highest;
        }
        if (!periodic) {
            // the last sample ends the window: decided and recorded, not stepped
            int k = n - 1;
            decide(k, cell[k], xs, xb, xr, soc);
            available[k] = ctl.availableW;
            generated[k] = ctl.drawnW;
            boardHeat[k] = ctl.boardHeatW;
            charge[k] = soc;
            solarFace[k] = xs;
            board[k] = xb;
            radiator[k] = xr;
        }
        unservedJ = unserved * dt;
        servedJ = (fastSteps * loads + servedSlow) * dt;
        minCharge = lowest;
        maxCharge = highest;
        batteryBound = bound;
        maxNewton = worstNewton;
        iteratedSteps = iterated;
        emissionSum = emission;
        end[0] = xs;
        end[1] = xb;
        end[2] = xr;
        end[3] = soc;
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
            double irradiance = stepping ? cellMean[k] : cell[k];
            ctl.decide(irradiance, xs, xb, xr, soc);
            if (k == 0 && massless) {
                consistentStart(xs, xb, xr, ctl.drawnW, ctl.boardHeatW);
                xs = x[0];
                xb = x[1];
                xr = x[2];
            }
            record(k);
            available[k] = ctl.availableW;
            generated[k] = ctl.drawnW;
            boardHeat[k] = ctl.boardHeatW;
            charge[k] = soc;
            solarFace[k] = xs;
            board[k] = xb;
            radiator[k] = xr;
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
        int next = 0;
        int nextDecided = decidedCount > 0 ? decided[0] : n;
        for (int k = 0; k < n; k++) {
            boolean stepping = k < intervals;
            double boardEnd = !stepping ? board[k] : k + 1 == n ? end[1] : board[k + 1];
            double hot = Math.max(board[k], boardEnd);
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
                sumAvailable += available[k];
                sumGenerated += generated[k];
                sumCompute += gpuW;
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
        double firstEmission = net.es * pow4(solarFace[0]) + net.er * pow4(radiator[0]);
        double lastEmission = net.es * pow4(end[0]) + net.er * pow4(end[2]);
        emittedJ = dt * (emissionSum + 0.5 * (lastEmission - firstEmission));
        double absorbed = intervals == n ? sumMeanAbsorbed : sumMeanAbsorbed - qsMean[n - 1] - qrMean[n - 1];
        absorbedJ = dt * absorbed;
    }

    /**
     * Packs the last recorded pass's samples into {@code store} from {@code offset}, in
     * {@link TileThermalResult}'s layout: each series as {@code float}, temperatures as the change from the first
     * sample, the charge as a {@code float} and its remainder.
     */
    void pack(float[] store, int offset) {
        int m = n;
        packSeries(available, 0.0, store, offset + TileThermalResult.AVAILABLE * m);
        packSeries(generated, 0.0, store, offset + TileThermalResult.GENERATED * m);
        packSeries(boardHeat, 0.0, store, offset + TileThermalResult.BOARD_HEAT * m);
        packSeries(solarFace, solarFace[0], store, offset + TileThermalResult.SOLAR_FACE * m);
        packSeries(board, board[0], store, offset + TileThermalResult.BOARD * m);
        packSeries(radiator, radiator[0], store, offset + TileThermalResult.RADIATOR * m);
        double[] c = charge;
        int hi = offset + TileThermalResult.CHARGE * m;
        int lo = offset + TileThermalResult.CHARGE_REMAINDER * m;
        for (int k = 0; k < m; k++) {
            float f = (float) c[k];
            store[hi + k] = f;
            store[lo + k] = (float) (c[k] - f);
        }
    }

    private void packSeries(double[] from, double reference, float[] to, int at) {
        for (int k = 0; k < n; k++) {
            to[at + k] = (float) (from[k] - reference);
        }
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
        double[] qsMean = new double[0];
        double[] qrMean = new double[0];
        double[] cellMean = new double[0];
        int[] decided = new int[0];
        double[] decidedRise = new double[0];
        double[] available = new double[0];
        double[] generated = new double[0];
        double[] compute = new double[0];
        double[] boardHeat = new double[0];
        double[] charge = new double[0];
        double[] solarFace = new double[0];
        double[] board = new double[0];
        double[] radiator = new double[0];
        int[][] levels = new int[0][0];

        /** @return this workspace, with arrays of length n and levels for the groups (contents undefined) */
        Workspace ofSize(int n, int groups) {
            if (qs.length != n) {
                qs = new double[n];
                qr = new double[n];
                cell = new double[n];
                qsMean = new double[n];
                qrMean = new double[n];
                cellMean = new double[n];
                decided = new int[n];
                decidedRise = new double[n];
                available = new double[n];
                generated = new double[n];
                compute = new double[n];
                boardHeat = new double[n];
                charge = new double[n];
                solarFace = new double[n];
                board = new double[n];
                radiator = new double[n];
                levels = new int[groups][n];
            } else if (levels.length != groups) {
                levels = new int[groups][n];
            }
            return this;
        }
    }
}
