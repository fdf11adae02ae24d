package io.skyrack.thermal;

/**
 * The three-node network of a TILE — solar face (s), board (b), radiator (r) — and its Newton solver.
 *
 * <pre>
 *   space ◄─ εₛσAₛTₛ⁴ ─ [s] ─ G₁ ─ [b] ─ G₂ ─ [r] ─ εᵣσAᵣTᵣ⁴ ─► space
 *                        ▲        ▲ ▲        ▲
 *                   Qₛ − P_ext  P_board  junctions   Qᵣ
 * </pre>
 * Node balances: {@code Cₛ Ṫₛ = Qₛ − εₛσAₛTₛ⁴ − P_ext − G₁(Tₛ − T_b)},
 * {@code C_b Ṫ_b = P_board + G₁(Tₛ − T_b) − G₂(T_b − Tᵣ)},
 * {@code Cᵣ Ṫᵣ = Qᵣ − εᵣσAᵣTᵣ⁴ + G₂(T_b − Tᵣ)}, where P_ext is the electrical power drawn from the cells
 * and P_board the electrical power dissipated on the board.
 *
 * <p>{@link #solve} solves the implicit θ-scheme equations {@code aᵢ xᵢ − θᵢ fᵢ(x) = rᵢ} by Newton's method
 * with the analytic (tridiagonal) Jacobian; with {@code a = 0, θ = 1, r = 0} it is the steady state.
 * Immutable and thread-safe: callers pass their own work arrays.
 */
final class TileNetwork {

    /** Stefan–Boltzmann constant (W/m²/K⁴), CODATA 2018. */
    static final double SIGMA = 5.670374e-8;

    /** Newton iterations before giving up; the scheme needs 1–3 per step, steady solves up to ~40. */
    static final int MAX_NEWTON = 200;

    final double cs;
    final double cb;
    final double cr;
    final double g1;
    final double g2;
    final double es;
    final double er;

    TileNetwork(TileThermalSpec spec) {
        cs = spec.capacities().solarFace();
        cb = spec.capacities().board();
        cr = spec.capacities().radiator();
        g1 = spec.conductances().solarFaceToBoard();
        g2 = spec.conductances().boardToRadiator();
        es = spec.solarFace().emissivity() * SIGMA * spec.faceArea();
        er = spec.radiatorFace().emissivity() * SIGMA * spec.radiatorArea();
    }

    /** @return net heat into the solar face (W) */
    double fs(double xs, double xb, double qs, double pExt) {
        return qs - es * xs * xs * xs * xs - pExt - g1 * (xs - xb);
    }

    /** @return net heat into the board (W) */
    double fb(double xs, double xb, double xr, double pBoard) {
        return pBoard + g1 * (xs - xb) - g2 * (xb - xr);
    }

    /** @return net heat into the radiator (W) */
    double fr(double xb, double xr, double qr) {
        return qr - er * xr * xr * xr * xr + g2 * (xb - xr);
    }

    /**
     * Solves {@code aᵢ xᵢ − θᵢ fᵢ(x) = rᵢ} for the three nodes, in place.
     *
     * @param a diagonal terms {aₛ, a_b, aᵣ} (W/K): heat capacity over the step, 0 for a steady state
     * @param theta implicit weights {θₛ, θ_b, θᵣ} (0–1]
     * @param r right-hand sides {rₛ, r_b, rᵣ} (W)
     * @param qs heat absorbed by the solar face at the new time (W)
     * @param qr heat absorbed by the radiator at the new time (W)
     * @param pExt electrical power drawn from the cells (W)
     * @param pBoard electrical power dissipated on the board (W)
     * @param x initial guess in, solution out {Tₛ, T_b, Tᵣ} (K)
     * @param tolerance largest Newton correction accepted as converged (K)
     * @return Newton iterations used; {@link #MAX_NEWTON} + 1 when not converged
     */
    int solve(double[] a, double[] theta, double[] r, double qs, double qr, double pExt, double pBoard, double[] x,
              double tolerance) {
        double xs = x[0];
        double xb = x[1];
        double xr = x[2];
        double ts = theta[0];
        double tb = theta[1];
        double tr = theta[2];
        // constant parts of the tridiagonal Jacobian [dss usb 0; lbs dbb ubr; 0 lrb drr]
        double usb = -ts * g1;
        double lbs = -tb * g1;
        double dbb = a[1] + tb * (g1 + g2);
        double ubr = -tb * g2;
        double lrb = -tr * g2;
        double curveS = 6.0 * ts * es;
        double curveR = 6.0 * tr * er;
        for (int it = 1; it <= MAX_NEWTON; it++) {
            double xs2 = xs * xs;
            double xr2 = xr * xr;
            double xs3 = xs2 * xs;
            double xr3 = xr2 * xr;
            // residuals R = a x − θ f(x) − r, negated
            double bs = -(a[0] * xs - ts * (qs - es * xs3 * xs - pExt - g1 * (xs - xb)) - r[0]);
            double bb = -(a[1] * xb - tb * (pBoard + g1 * (xs - xb) - g2 * (xb - xr)) - r[1]);
            double br = -(a[2] * xr - tr * (qr - er * xr3 * xr + g2 * (xb - xr)) - r[2]);
            double dss = a[0] + ts * (4.0 * es * xs3 + g1);
            double drr = a[2] + tr * (4.0 * er * xr3 + g2);
            // Cramer's rule on the 3×3 tridiagonal system: one division
            double minor = dbb * drr - ubr * lrb;
            double inv = 1.0 / (dss * minor - usb * lbs * drr);
            double upper = bb * drr - ubr * br;
            double dxs = (bs * minor - usb * upper) * inv;
            double dxb = (dss * upper - lbs * drr * bs) * inv;
            double dxr = (dss * (dbb * br - bb * lrb) - lbs * usb * br + lbs * lrb * bs) * inv;
            xs = positiveStep(xs, dxs);
            xb = positiveStep(xb, dxb);
            xr = positiveStep(xr, dxr);
            double step = Math.max(Math.abs(dxs), Math.max(Math.abs(dxb), Math.abs(dxr)));
            // quadratic convergence: the error left after a step δ is about (g''/2g')·δ², g'' from the T⁴ terms
            double kappa = Math.max(curveS * xs2 / dss, curveR * xr2 / drr);
            if (step <= tolerance || kappa * step * step <= tolerance) {
                x[0] = xs;
                x[1] = xb;
                x[2] = xr;
                return it;
            }
        }
        x[0] = xs;
        x[1] = xb;
        x[2] = xr;
        return MAX_NEWTON + 1;
    }

    /** A Newton step that would cross 0 K goes half way to 0 K instead. */
    private static double positiveStep(double x, double dx) {
        double next = x + dx;
        return next > 0.0 ? next : 0.5 * x;
    }

    /**
     * Whether Crank–Nicolson would ring on this network at step {@code dt}: some mode with heat capacity at
     * both ends decays faster than {@code 2/dt}, where the scheme's amplification factor turns negative.
     * Nodes without heat capacity are algebraic and do not count.
     *
     * @param dt step (s)
     * @return whether the network is stiff at that step
     */
    boolean stiff(double dt) {
        double limit = 2.0;
        return pairRate(g1, cs, cb) * dt > limit || pairRate(g2, cb, cr) * dt > limit
                || (cs > 0.0 && radiativeConductance(es) / cs * dt > limit)
                || (cr > 0.0 && radiativeConductance(er) / cr * dt > limit);
    }

    /** Decay rate of the mode exchanging heat between two massive nodes through g (1/s); 0 if either is massless. */
    private static double pairRate(double g, double c1, double c2) {
        return c1 > 0.0 && c2 > 0.0 ? g * (1.0 / c1 + 1.0 / c2) : 0.0;
    }

    /** Upper estimate of the radiative conductance 4εσAT³ of a face, at 450 K (W/K). */
    static double radiativeConductance(double emission) {
        double t = 450.0;
        return 4.0 * emission * t * t * t;
    }
}
