package io.skyrack.thermal;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * Reference integration of a TILE's thermal network with Hipparchus' adaptive Dormand–Prince 8(5,3)
 * integrator, replaying the power decisions of a solved orbit: the electrical power drawn from the cells and
 * dissipated on the board over each step are taken from the result and held, and the absorbed environmental
 * heat is interpolated linearly between samples, exactly as the orbit solver models them.
 *
 * <p>Two ways to drive the integrator: {@link Mode#SINGLE_CALL} hands it the whole span at once, as one would
 * any ODE, and lets its step control cope with the kinks of the inputs at every sample;
 * {@link Mode#RESTART_EACH_STEP} restarts it at every sample, where the inputs are not smooth, so that each
 * call integrates a smooth right-hand side — the faster and more accurate of the two. It checks the orbit
 * solver's time integration, and is the baseline of the thermal benchmark. Not thread-safe: one per thread.
 */
public final class DormandPrinceReference {

    private final double relativeTolerance;
    private final double absoluteToleranceK;

    /** How the integrator is driven over the samples. */
    public enum Mode {
        /** One {@code integrate} call over the whole span, samples read from its dense output. */
        SINGLE_CALL,
        /** One {@code integrate} call per step between samples, starting with the step as its first try. */
        RESTART_EACH_STEP
    }

    /**
     * @param relativeTolerance relative tolerance of the integrator
     * @param absoluteToleranceK absolute tolerance of the integrator (K)
     */
    public DormandPrinceReference(double relativeTolerance, double absoluteToleranceK) {
        this.relativeTolerance = relativeTolerance;
        this.absoluteToleranceK = absoluteToleranceK;
    }

    /**
     * Integrates one orbit from the solved orbit's first state, restarting at each sample.
     *
     * @param spec the TILE
     * @param environment the environment case
     * @param inputs what the TILE saw over one orbit, as solved
     * @param solved the solved result whose power decisions are replayed
     * @return temperatures {Tₛ, T_b, Tᵣ} at every sample and after the last step, indexed
     *     {@code [node][sample]}, {@code n + 1} samples (K)
     */
    public double[][] integrate(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs,
                                TileThermalResult solved) {
        return integrate(spec, environment, inputs, solved, solved.initialState(), 1, Mode.RESTART_EACH_STEP);
    }

    /**
     * Integrates whole orbits, each replaying the solved orbit's power decisions.
     *
     * @param spec the TILE
     * @param environment the environment case
     * @param inputs what the TILE sees over one orbit
     * @param solved the solved result whose power decisions are replayed
     * @param initial node temperatures at the start of the first orbit (the battery is not integrated)
     * @param orbits number of orbits to integrate, at least 1
     * @param mode how the integrator is driven
     * @return temperatures {Tₛ, T_b, Tᵣ} at every sample of the last orbit and after it, indexed
     *     {@code [node][sample]}, {@code n + 1} samples (K)
     * @throws IllegalArgumentException if a node has no heat capacity (the reference needs an ODE, not a DAE)
     */
    public double[][] integrate(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs,
                                TileThermalResult solved, ThermalState initial, int orbits, Mode mode) {
        TileThermalSpec.HeatCapacities c = spec.capacities();
        if (!(c.solarFace() > 0.0 && c.board() > 0.0 && c.radiator() > 0.0)) {
            throw new IllegalArgumentException("the reference integration needs heat capacity at every node");
        }
        if (orbits < 1) {
            throw new IllegalArgumentException("at least one orbit, was " + orbits);
        }
        Network ode = new Network(spec, EnvironmentLoads.of(spec, environment, inputs), solved, inputs.step());
        double[] y = {initial.solarFaceK(), initial.boardK(), initial.radiatorK()};
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-9, 1e6, absoluteToleranceK,
                relativeTolerance);
        return mode == Mode.SINGLE_CALL ? singleCall(integrator, ode, y, orbits)
                : restarted(integrator, ode, y, orbits);
    }

    private static double[][] restarted(DormandPrince853Integrator integrator, Network ode, double[] start,
                                        int orbits) {
        int n = ode.n;
        double[][] out = new double[3][n + 1];
        double[] y = start;
        for (int orbit = 0; orbit < orbits; orbit++) {
            for (int k = 0; k <= n; k++) {
                if (orbit == orbits - 1) {
                    out[0][k] = y[0];
                    out[1][k] = y[1];
                    out[2][k] = y[2];
                }
                if (k == n) {
                    break;
                }
                ode.holdStep(k);
                integrator.setInitialStepSize(ode.dt);
                ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(0.0, y), ode.dt);
                y = end.getPrimaryState();
            }
        }
        return out;
    }

    private static double[][] singleCall(DormandPrince853Integrator integrator, Network ode, double[] start,
                                         int orbits) {
        int n = ode.n;
        double period = n * ode.dt;
        double lastStart = (orbits - 1) * period;
        double[][] out = new double[3][n + 1];
        integrator.clearStepHandlers();
        integrator.addStepHandler(new ODEStepHandler() {
            private int next;

            @Override
            public void handleStep(ODEStateInterpolator step) {
                double end = step.getCurrentState().getTime();
                while (next <= n && lastStart + next * ode.dt <= end) {
                    double[] y = step.getInterpolatedState(lastStart + next * ode.dt).getPrimaryState();
                    out[0][next] = y[0];
                    out[1][next] = y[1];
                    out[2][next] = y[2];
                    next++;
                }
            }

            @Override
            public void finish(ODEStateAndDerivative last) {
                if (next == n) {
                    double[] y = last.getPrimaryState();
                    out[0][n] = y[0];
                    out[1][n] = y[1];
                    out[2][n] = y[2];
                }
            }
        });
        ode.followTime();
        integrator.integrate(ode, new ODEState(0.0, start), orbits * period);
        integrator.clearStepHandlers();
        return out;
    }

    /** The three node balances, with the held powers of the current step and the loads interpolated. */
    private static final class Network implements OrdinaryDifferentialEquation {

        private final double perCs;
        private final double perCb;
        private final double perCr;
        private final double g1;
        private final double g2;
        private final double es;
        private final double er;
        private final double[] qs;
        private final double[] qr;
        private final double[] drawn;
        private final double[] dissipated;
        final int n;
        final double dt;
        private final double perDt;
        /** Step held for a restarted call, or −1 to find the step from the time. */
        private int held = -1;
        /**
         * The derivative, rewritten by every evaluation: Hipparchus wraps this equation in an
         * {@code ExpandableODE}, which copies the primary derivative into a vector of its own at once (checked
         * for Hipparchus 4.0.2), so the right-hand side itself allocates nothing.
         */
        private final double[] derivative = new double[3];
        /** The held step's loads (W) and their slopes (W/s), and its held powers (W). */
        private double heldQs;
        private double heldQsSlope;
        private double heldQr;
        private double heldQrSlope;
        private double heldDrawn;
        private double heldDissipated;

        Network(TileThermalSpec spec, EnvironmentLoads loads, TileThermalResult solved, double dt) {
            perCs = 1.0 / spec.capacities().solarFace();
            perCb = 1.0 / spec.capacities().board();
            perCr = 1.0 / spec.capacities().radiator();
            g1 = spec.conductances().solarFaceToBoard();
            g2 = spec.conductances().boardToRadiator();
            es = spec.solarFace().emissivity() * TileNetwork.SIGMA * spec.faceArea();
            er = spec.radiatorFace().emissivity() * TileNetwork.SIGMA * spec.radiatorArea();
            qs = loads.solarFaceW();
            qr = loads.radiatorW();
            n = qs.length;
            drawn = new double[n];
            dissipated = new double[n];
            for (int k = 0; k < n; k++) {
                drawn[k] = solved.generatedW(k);
                dissipated[k] = solved.boardHeatW(k);
            }
            this.dt = dt;
            perDt = 1.0 / dt;
        }

        /** Restarted calls: time runs from 0 over step k. */
        void holdStep(int k) {
            held = k;
            int next = k + 1 == n ? 0 : k + 1;
            heldQs = qs[k];
            heldQsSlope = (qs[next] - qs[k]) * perDt;
            heldQr = qr[k];
            heldQrSlope = (qr[next] - qr[k]) * perDt;
            heldDrawn = drawn[k];
            heldDissipated = dissipated[k];
        }

        /** Single call: time runs over whole orbits from 0. */
        void followTime() {
            held = -1;
        }

        @Override
        public int getDimension() {
            return 3;
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            double qsNow;
            double qrNow;
            double pExt;
            double pBoard;
            if (held >= 0) {
                qsNow = heldQs + heldQsSlope * t;
                qrNow = heldQr + heldQrSlope * t;
                pExt = heldDrawn;
                pBoard = heldDissipated;
            } else {
                double s = t * perDt;
                long whole = (long) Math.floor(s);
                int k = (int) Math.floorMod(whole, (long) n);
                double w = s - whole;
                int next = k + 1 == n ? 0 : k + 1;
                qsNow = (1.0 - w) * qs[k] + w * qs[next];
                qrNow = (1.0 - w) * qr[k] + w * qr[next];
                pExt = drawn[k];
                pBoard = dissipated[k];
            }
            double ts = y[0];
            double tb = y[1];
            double tr = y[2];
            double toBoard = g1 * (ts - tb);
            double toRadiator = g2 * (tb - tr);
            double[] out = derivative;
            out[0] = (qsNow - es * ts * ts * ts * ts - pExt - toBoard) * perCs;
            out[1] = (pBoard + toBoard - toRadiator) * perCb;
            out[2] = (qrNow - er * tr * tr * tr * tr + toRadiator) * perCr;
            return out;
        }
    }
}
