package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass of the transient solve over the samples of one TILE: at each step the controller decides power
 * levels and battery flow from the state at the start of the step, then an implicit scheme advances the three
 * node temperatures with Newton iterations on the analytic Jacobian.
 *
 * <p>The scheme is Crank–Nicolson (trapezoidal rule, second order, A-stable). When some heat-exchange mode of
 * the network decays faster than 2/dt, where Crank–Nicolson's amplification factor turns negative and it
 * would ring after a jump of the inputs, every step is TR-BDF2 instead (a trapezoidal stage over γ = 2 − √2
 * of the step, then BDF2; second order and L-stable; Bank et al. 1985, Hosea and Shampine 1996). A node
 * without heat capacity is algebraic: its balance is solved at the new time in both schemes.
 *
 * <p>The environmental heat is interpolated linearly between samples, so the trapezoidal rule integrates it
 * exactly; electrical powers hold over each step. The output arrays are allocated once and rewritten by
 * every pass; nothing is allocated per step. Mutable, one per TILE solve.
 */
final class OrbitSimulation {

    /** TR-BDF2's γ = 2 − √2: the trapezoid stage covers γ of the step. */
    private static final double GAMMA = 2.0 - Math.sqrt(2.0);
    /** BDF2 stage: x₁ − C1·x_γ + C2·x₀ = C3·dt·f(x₁)/C. */
    private static final double BDF_C1 = 1.0 / (GAMMA * (2.0 - GAMMA));
    private static final double BDF_C2 = (1.0 - GAMMA) * (1.0 - GAMMA) / (GAMMA * (2.0 - GAMMA));
    private static final double BDF_C3 = (1.0 - GAMMA) / (2.0 - GAMMA);
    private static final double[] IMPLICIT = {1.0, 1.0, 1.0};

    final TileNetwork net;
    final PowerController controller;
    private final String tileId;
    private final double newtonTolerance;
    final int n;
    final double dt;
    final double[] time;
    final double[] qs;
    final double[] qr;
    final double[] cell;

    final double[] available;
    final double[] generated;
    final double[] compute;
    final double[] boardHeat;
    final double[] charge;
    final double[] solarFace;
    final double[] board;
    final double[] radiator;
    final double[] junction;
    final int[][] levels;
    final List<ThrottleEvent> events = new ArrayList<>();

    /** Whether the steps use TR-BDF2 (stiff network) rather than Crank–Nicolson. */
    final boolean stiff;
    /** Whether some node has no heat capacity (is algebraic). */
    private final boolean massless;
    /** Whether the plain Crank–Nicolson kernel applies: every node massive, network not stiff. */
    private final boolean plain;
    /** Crank–Nicolson kernel constants: C/dt per node (W/K), Jacobian entries (W/K), emission terms (W/K⁴). */
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

    /** Per pass: served and unserved energy (J), battery extremes (J); by {@link #tally()}: absorbed and emitted
     *  heat (J), time throttled (s), peak junction per group (K). */
    double absorbedJ;
    double emittedJ;
    double unservedJ;
    double throttledS;
    double servedJ;
    double minCharge;
    double maxCharge;
    boolean batteryBound;
    final double[] peakJunction;
    /** Most Newton iterations any step of the last pass took; above {@link TileNetwork#MAX_NEWTON}: failed. */
    int maxNewton;
    /** Steps of the last pass. */
    int intervals;
    /** State after the last pass {Tₛ, T_b, Tᵣ, charge}. */
    final double[] end = new double[4];

    OrbitSimulation(TileThermalSpec spec, Environment env, OrbitThermalInputs in, SolverSettings settings) {
        net = new TileNetwork(spec);
        controller = new PowerController(spec, env, net, settings.recoveryMarginK(), in.step());
        tileId = in.tileId();
        newtonTolerance = settings.newtonToleranceK();
        n = in.size();
        dt = in.step();
        time = in.time();
        EnvironmentLoads loads = EnvironmentLoads.of(spec, env, in);
        qs = loads.solarFaceW();
        qr = loads.radiatorW();
        cell = loads.cellIrradiance();
        available = new double[n];
        generated = new double[n];
        compute = new double[n];
        boardHeat = new double[n];
        charge = new double[n];
        solarFace = new double[n];
        board = new double[n];
        radiator = new double[n];
        junction = new double[n];
        int groups = controller.groupCount();
        levels = new int[groups][n];
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
        plain = !stiff && !massless;
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
     */
    void run(double[] start, double startCharge, boolean periodic, double[] end) {
        events.clear();
        double unserved = 0.0;
        double served = 0.0;
        double lowest = startCharge;
        double highest = startCharge;
        boolean bound = false;
        int worstNewton = 0;
        PowerController ctl = controller;
        int groups = ctl.groupCount();
        double xs = start[0];
        double xb = start[1];
        double xr = start[2];
        double soc = startCharge;
        int steps = periodic ? n : n - 1;
        intervals = steps;
        for (int k = 0; k < n; k++) {
            boolean stepping = k < steps;
            int kn = !stepping ? k : (k + 1 == n ? 0 : k + 1);
            ctl.decide(0.5 * (cell[k] + cell[kn]), xs, xb, xr, soc);
            if (k == 0 && massless) {
                consistentStart(xs, xb, xr, ctl.drawnW, ctl.boardHeatW);
                xs = x[0];
                xb = x[1];
                xr = x[2];
            }
            if (ctl.changed) {
                recordChanges(k);
            }
            available[k] = ctl.availableW;
            generated[k] = ctl.drawnW;
            compute[k] = ctl.computeW;
            boardHeat[k] = ctl.boardHeatW;
            charge[k] = soc;
            solarFace[k] = xs;
            board[k] = xb;
            radiator[k] = xr;
            for (int g = 0; g < groups; g++) {
                levels[g][k] = ctl.modes[g];
            }
            if (stepping) {
                int it = plain ? stepCrankNicolson(xs, xb, xr, k, kn, ctl.drawnW, ctl.boardHeatW)
                        : advance(xs, xb, xr, k, kn, ctl.drawnW, ctl.boardHeatW);
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
            ctl.commit();
        }
        unservedJ = unserved * dt;
        servedJ = served * dt;
        minCharge = lowest;
        maxCharge = highest;
        batteryBound = bound;
        maxNewton = worstNewton;
        end[0] = xs;
        end[1] = xb;
        end[2] = xr;
        end[3] = soc;
        System.arraycopy(end, 0, this.end, 0, 4);
    }

    /**
     * Fills in what only the last pass needs, from its arrays: the junction temperatures (quasi-static above
     * the board, hottest at either end of each step), each group's peak, the time throttled, and the heat
     * absorbed and emitted by the trapezoidal rule — the rule the Crank–Nicolson steps use.
     */
    void tally() {
        int groups = controller.groupCount();
        double[] rise = new double[groups];
        double[] resistance = new double[groups];
        int[] commanded = new int[groups];
        for (int g = 0; g < groups; g++) {
            GpuGroup group = controller.group(g);
            resistance[g] = group.effectiveJunctionToCase();
            commanded[g] = group.commandedMode();
        }
        Arrays.fill(peakJunction, 0.0);
        double absorbed = 0.0;
        double emitted = 0.0;
        double throttled = 0.0;
        for (int k = 0; k < n; k++) {
            boolean stepping = k < intervals;
            int kn = k + 1 == n ? 0 : k + 1;
            double boardEnd = !stepping ? board[k] : k + 1 == n ? end[1] : board[kn];
            double hot = Math.max(board[k], boardEnd);
            double max = hot;
            boolean below = false;
            for (int g = 0; g < groups; g++) {
                rise[g] = resistance[g] * controller.group(g).modulePower(levels[g][k]);
                peakJunction[g] = Math.max(peakJunction[g], hot + rise[g]);
                max = Math.max(max, hot + rise[g]);
                below |= levels[g][k] < commanded[g];
            }
            junction[k] = max;
            if (stepping) {
                double sEnd = k + 1 == n ? end[0] : solarFace[kn];
                double rEnd = k + 1 == n ? end[2] : radiator[kn];
                absorbed += qs[k] + qs[kn] + qr[k] + qr[kn];
                emitted += net.es * (pow4(solarFace[k]) + pow4(sEnd)) + net.er * (pow4(radiator[k]) + pow4(rEnd));
                throttled += below ? dt : 0.0;
            }
        }
        absorbedJ = 0.5 * dt * absorbed;
        emittedJ = 0.5 * dt * emitted;
        throttledS = throttled;
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
     * The usual step, every node massive and the network not stiff: Crank–Nicolson, Newton's method on
     * {@code (C/dt)(x' − x) = ½ f(x) + ½ f(x')} from the last step's trend, with scalars only. Same equations
     * as {@link #advance} with θ = ½, written out because it is nearly all the work of a solve.
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
}
