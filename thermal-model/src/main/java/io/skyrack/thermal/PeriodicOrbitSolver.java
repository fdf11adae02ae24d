package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountedCompleter;
import java.util.function.IntConsumer;

/**
 * The orbit solver: repeats the transient solve over one orbit, each orbit starting where the last ended,
 * until the orbit is periodic — every node temperature changes by less than
 * {@link SolverSettings#periodicToleranceK()} from the start of an orbit to its end, and the battery charge by
 * less than its tolerance.
 *
 * <p>The first orbit starts from the steady state under the orbit's loads weighted toward the time just before
 * its first sample (see {@link #initialState}), with a full battery and every GPU group at its commanded
 * mode. From there the walker-1584 TILEs need two or three orbits: the network's slow mode (the TILE's total
 * heat, time constant ~1100 s) shrinks about 170-fold per 96-minute orbit. When the temperatures have settled but the battery charge still drifts
 * by the same amount each orbit without touching full or its floor, the orbits until it would are skipped
 * (the orbit repeats itself, shifted in charge), so slow drifts do not take hundreds of orbits.
 * Stateless and thread-safe.
 */
public final class PeriodicOrbitSolver implements ThermalSolver {

    /**
     * TILEs per task of {@link #solveAll}, whose results share one store: ~0.6 MB for 574-sample orbits, large
     * enough that G1 allocates it outside the young generation (at least half a region with its default 1 MB
     * regions of a heap up to 2 GB) and never copies it, small enough for 50 tasks to balance two cores.
     */
    static final int CHUNK = 32;

    /** Temperature change per orbit below which a battery-charge drift may be extrapolated (K). */
    private static final double SETTLED_K = 0.05;

    private final SolverSettings settings;
    private final boolean linearised;

    /** A solver with {@link SolverSettings#DEFAULT}. */
    public PeriodicOrbitSolver() {
        this(SolverSettings.DEFAULT);
    }

    /** @param settings solver settings */
    public PeriodicOrbitSolver(SolverSettings settings) {
        this(settings, true);
    }

    /**
     * @param settings solver settings
     * @param linearised whether the usual case takes one linearised Newton iteration per step (the default);
     *        when not, every step is iterated to {@link SolverSettings#newtonToleranceK()}, which the tests use as
     *        the reference
     */
    PeriodicOrbitSolver(SolverSettings settings, boolean linearised) {
        this.settings = settings;
        this.linearised = linearised;
    }

    @Override
    public TileThermalResult solve(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs) {
        List<ThermalFinding> shared = new ArrayList<>(spec.validate());
        shared.addAll(environment.validate());
        float[] store = new float[TileThermalResult.SLOTS * inputs.size()];
        return solveChecked(spec, environment, inputs, shared, spec.assumptions(), store, 0);
    }

    /**
     * Validates the shared TILE design and environment once, then solves the TILEs in tasks of {@link #CHUNK} on
     * the common fork-join pool, each task's results sharing one store (so a result keeps its task's store
     * alive: ~0.6 MB for 574-sample orbits).
     */
    @Override
    public List<TileThermalResult> solveAll(TileThermalSpec spec, Environment environment,
                                            List<OrbitThermalInputs> tiles) {
        List<ThermalFinding> shared = new ArrayList<>(spec.validate());
        shared.addAll(environment.validate());
        List<ThermalFinding> assumptions = spec.assumptions();
        TileThermalResult[] out = new TileThermalResult[tiles.size()];
        int chunks = (tiles.size() + CHUNK - 1) / CHUNK;
        new Chunks(null, 0, chunks, c -> {
            int from = c * CHUNK;
            int to = Math.min(from + CHUNK, tiles.size());
            int size = 0;
            for (int i = from; i < to; i++) {
                size += tiles.get(i).size();
            }
            float[] store = new float[TileThermalResult.SLOTS * size];
            int offset = 0;
            for (int i = from; i < to; i++) {
                OrbitThermalInputs in = tiles.get(i);
                out[i] = solveChecked(spec, environment, in, shared, assumptions, store, offset);
                offset += TileThermalResult.SLOTS * in.size();
            }
        }).invoke();
        return Arrays.asList(out);
    }

    /** Runs a task for each chunk in [from, to), splitting the range in halves; the caller helps. */
    private static final class Chunks extends CountedCompleter<Void> {
        private final int from;
        private final int to;
        private final IntConsumer task;

        Chunks(CountedCompleter<?> parent, int from, int to, IntConsumer task) {
            super(parent);
            this.from = from;
            this.to = to;
            this.task = task;
        }

        @Override
        public void compute() {
            int lo = from;
            int hi = to;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                addToPendingCount(1);
                new Chunks(this, mid, hi, task).fork();
                hi = mid;
            }
            if (hi > lo) {
                task.accept(lo);
            }
            propagateCompletion();
        }
    }

    /**
     * Solves one TILE once the shared design and environment are checked. Its inputs are checked while the
     * simulation reads them ({@link OrbitSimulation#inputsValid}); only inputs that fail are validated again,
     * for their findings.
     */
    private TileThermalResult solveChecked(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs,
                                           List<ThermalFinding> shared, List<ThermalFinding> assumptions,
                                           float[] store, int offset) {
        OrbitSimulation sim = shared.isEmpty()
                ? new OrbitSimulation(spec, environment, inputs, settings, linearised) : null;
        if (sim == null || !sim.inputsValid) {
            List<ThermalFinding> findings = new ArrayList<>(shared);
            findings.addAll(inputs.validate());
            return TileThermalResult.invalid(inputs.tileId(), findings, assumptions);
        }
        return solveValid(spec, environment, inputs, sim, assumptions, store, offset);
    }

    private TileThermalResult solveValid(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs,
                                         OrbitSimulation sim, List<ThermalFinding> assumptions, float[] store,
                                         int offset) {
        double[] start = initialTemperatures(spec, environment, sim);
        Battery battery = spec.battery();
        double charge = battery.capacityJ();
        double chargeTolerance = settings.periodicToleranceBattery() * Math.max(battery.capacityJ(), 1.0);
        double[] end = new double[4];
        boolean converged = false;
        int orbits = 0;
        double changeK = Double.POSITIVE_INFINITY;
        while (orbits < settings.maxOrbits()) {
            orbits++;
            // the first orbit starts from a guess and never closes in practice: its samples are not kept (if it
            // does close, the next orbit, equally periodic, is the result)
            boolean record = orbits > 1 || settings.maxOrbits() == 1;
            sim.run(start, charge, true, end, record);
            changeK = Math.max(Math.abs(end[0] - start[0]), Math.max(Math.abs(end[1] - start[1]),
                    Math.abs(end[2] - start[2])));
            double drift = end[3] - charge;
            if (changeK <= settings.periodicToleranceK() && Math.abs(drift) <= chargeTolerance && record) {
                converged = true;
                break;
            }
            System.arraycopy(end, 0, start, 0, 3);
            charge = end[3];
            if (changeK < SETTLED_K && !sim.batteryBound && Math.abs(drift) > chargeTolerance) {
                charge += skippedOrbits(sim, battery, drift) * drift;
            }
        }
        return result(spec, environment, inputs, sim, converged, orbits, assumptions, store, offset);
    }

    /**
     * The state the periodic iteration starts from (see {@link #initialTemperatures}), with a full battery.
     *
     * @param spec the TILE, valid
     * @param environment the environment case, valid
     * @param inputs what the TILE sees over one orbit, valid
     * @return the first orbit's initial state
     */
    public ThermalState initialState(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs) {
        OrbitSimulation sim = new OrbitSimulation(spec, environment, inputs, settings, linearised);
        double[] x = initialTemperatures(spec, environment, sim);
        return new ThermalState(x[0], x[1], x[2], spec.battery().capacityJ());
    }

    /**
     * Solves a window from a given state, without assuming periodicity: the last sample ends the window.
     *
     * @param spec the TILE
     * @param environment the environment case
     * @param inputs what the TILE sees over the window
     * @param initial state at the first sample
     * @return the result; its summary counts one pass, converged when the window's end equals its start
     */
    public TileThermalResult solveTransient(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs,
                                            ThermalState initial) {
        List<ThermalFinding> findings = findings(spec, environment, inputs);
        double[] s = {initial.solarFaceK(), initial.boardK(), initial.radiatorK(), initial.batteryChargeJ()};
        String[] names = {"initial.solarFaceK", "initial.boardK", "initial.radiatorK", "initial.batteryChargeJ"};
        for (int i = 0; i < 3; i++) {
            Checks.positive(findings, names[i], s[i]);
        }
        if (Checks.nonNegative(findings, names[3], s[3]) && s[3] > spec.battery().capacityJ()) {
            findings.add(new ThermalFinding(names[3], "exceeds the battery capacity " + spec.battery().capacityJ()));
        }
        if (!findings.isEmpty()) {
            return TileThermalResult.invalid(inputs.tileId(), findings, spec.assumptions());
        }
        OrbitSimulation sim = new OrbitSimulation(spec, environment, inputs, settings, linearised);
        double[] end = new double[4];
        sim.run(s, s[3], false, end, true);
        double changeK = Math.max(Math.abs(end[0] - s[0]), Math.max(Math.abs(end[1] - s[1]), Math.abs(end[2] - s[2])));
        return result(spec, environment, inputs, sim, changeK <= settings.periodicToleranceK(), 1,
                spec.assumptions(), new float[TileThermalResult.SLOTS * sim.n], 0);
    }

    private static List<ThermalFinding> findings(TileThermalSpec spec, Environment environment,
                                                 OrbitThermalInputs inputs) {
        List<ThermalFinding> out = new ArrayList<>(spec.validate());
        out.addAll(environment.validate());
        out.addAll(inputs.validate());
        return out;
    }

    /**
     * Orbits that can be skipped while the charge drifts by {@code drift} per orbit: all but the last before
     * the lowest (or highest) charge of the orbit would reach the floor (or full).
     */
    private static long skippedOrbits(OrbitSimulation sim, Battery battery, double drift) {
        double room = drift < 0.0 ? (sim.minCharge - battery.floorJ()) / -drift
                : (battery.capacityJ() - sim.maxCharge) / drift;
        return Math.max(0L, (long) Math.floor(room) - 1L);
    }

    /**
     * Initial state of the first orbit: the steady state under the loads of the orbit averaged with weights
     * {@code exp(−(t₀ − t)/τ)} over the time before the first sample (periodically continued), τ being the
     * TILE's lumped radiative time constant {@code ΣC / Σ 4εσAT³}. The slow mode of the network — the only one
     * an orbit does not erase — is the TILE's total heat, and this puts it near where the recent past leaves it
     * at the first sample: an orbit-average guess can miss it by tens of kelvin.
     */
    private static double[] initialTemperatures(TileThermalSpec spec, Environment environment, OrbitSimulation sim) {
        TileNetwork net = sim.net;
        int n = sim.n;
        double conversion = spec.mpptEfficiency() * spec.distributionEfficiency();
        double demand = (spec.commandedGpuPowerW() + spec.housekeepingW()) / conversion;
        double perIrradiance = SolarPower.powerPerIrradiance(spec, environment);
        // orbit averages first, for the time constant
        double[] x = steady(net, sim.sumQs / n, sim.sumQr / n, Math.min(demand, sim.sumCell / n * perIrradiance),
                null);
        double capacity = net.cs + net.cb + net.cr;
        double radiative = 4.0 * (net.es * x[0] * x[0] * x[0] + net.er * x[2] * x[2] * x[2]);
        if (capacity <= 0.0 || radiative <= 0.0) {
            return x;
        }
        // exponentially weighted loads, going back from the first sample around the orbit
        // sample 0 has weight 1, sample n − j weight decay^j; two samples per iteration (the weights' product chain
        // is the loop's critical path)
        double decay = Math.exp(-sim.dt * radiative / capacity);
        double decay2 = decay * decay;
        double[] sq = sim.qs;
        double[] rq = sim.qr;
        double[] cq = sim.cell;
        double w = decay;
        double v = decay2;
        double sum = 1.0;
        double qs = sq[0];
        double qr = rq[0];
        double e = cq[0];
        double sum2 = 0.0;
        double qs2 = 0.0;
        double qr2 = 0.0;
        double e2 = 0.0;
        int j = 1;
        for (; j + 1 < n; j += 2) {
            int k = n - j;
            qs += w * sq[k];
            qr += w * rq[k];
            e += w * cq[k];
            sum += w;
            qs2 += v * sq[k - 1];
            qr2 += v * rq[k - 1];
            e2 += v * cq[k - 1];
            sum2 += v;
            w *= decay2;
            v *= decay2;
        }
        if (j < n) {
            qs += w * sq[n - j];
            qr += w * rq[n - j];
            e += w * cq[n - j];
            sum += w;
        }
        qs += qs2;
        qr += qr2;
        e += e2;
        sum += sum2;
        return steady(net, qs / sum, qr / sum, Math.min(demand, e / sum * perIrradiance), x);
    }

    /**
     * Steady state with the given loads; the electrical power is drawn from the sun face onto the board.
     *
     * @param from a nearby steady state to start Newton's method from, or null
     */
    private static double[] steady(TileNetwork net, double qs, double qr, double drawn, double[] from) {
        double[] x;
        if (from == null) {
            double guess = Math.max(100.0, 1.2 * Math.pow((qs + qr + 1.0) / (net.es + net.er), 0.25));
            x = new double[] {guess, guess, guess};
        } else {
            x = from.clone();
        }
        net.solve(new double[3], new double[] {1.0, 1.0, 1.0}, new double[3], qs, qr, drawn, drawn, x, 1e-6);
        return x;
    }

    /**
     * Radiator sizing for the summary: the hot case with the Sun normal to the solar face, at the orbit's
     * sample where the Earth (albedo and IR) heats the whole TILE most, and at the one where it heats the
     * radiator most (both found while the simulation read the inputs); the larger area of the two.
     */
    private static double requiredRadiatorArea(TileThermalSpec spec, Environment environment,
                                               OrbitThermalInputs in, OrbitSimulation sim) {
        Environment hot = Environment.hot().withMissionYear(environment.missionYear());
        int worstTotal = sim.sizingSample;
        int worstRadiator = sim.sizingRadiatorSample;
        double area = sizeAt(spec, hot, in, worstTotal);
        return worstRadiator == worstTotal ? area : Math.max(area, sizeAt(spec, hot, in, worstRadiator));
    }

    private static double sizeAt(TileThermalSpec spec, Environment hot, OrbitThermalInputs in, int k) {
        SteadyCondition c = SteadyCondition.sunOnSolarFace(in.earthViewSolarFace()[k], in.earthViewRadiator()[k],
                in.albedoFactor()[k]);
        return RadiatorSizing.requiredArea(spec, hot, c);
    }

    private TileThermalResult result(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs,
                                     OrbitSimulation sim, boolean converged, int orbits,
                                     List<ThermalFinding> assumptions, float[] store, int offset) {
        sim.tally();
        int intervals = sim.intervals;
        double available = sim.availableJ;
        double generated = sim.generatedJ;
        double compute = sim.computeJ;
        double peak = sim.peakJunctionK;
        double margin = Double.POSITIVE_INFINITY;
        for (int g = 0; g < sim.controller.groupCount(); g++) {
            margin = Math.min(margin, sim.controller.throttle(g) - sim.peakJunction[g]);
        }
        double required = requiredRadiatorArea(spec, environment, inputs, sim);
        double[] end = sim.end;
        double[] first = sim.rec;
        double s0 = first[OrbitSimulation.R_SOLAR_FACE];
        double b0 = first[OrbitSimulation.R_BOARD];
        double r0 = first[OrbitSimulation.R_RADIATOR];
        double c0 = first[OrbitSimulation.R_CHARGE];
        double storedJ = sim.net.cs * (end[0] - s0) + sim.net.cb * (end[1] - b0) + sim.net.cr * (end[2] - r0)
                + (end[3] - c0);
        double residual = sim.absorbedJ > 0.0 ? (sim.absorbedJ - sim.emittedJ - storedJ) / sim.absorbedJ : 0.0;
        double span = Math.max(intervals, 1) * sim.dt;
        TileThermalResult.OrbitSummary summary = new TileThermalResult.OrbitSummary(available / span,
                generated / span, compute / span, generated > 0.0 ? compute / generated : 0.0,
                generated > 0.0 ? sim.servedJ / generated : 0.0, peak, margin, sim.throttledS / 60.0, required,
                spec.radiatorArea() - required, sim.unservedJ, residual,
                converged && sim.maxNewton <= TileNetwork.MAX_NEWTON, orbits);
        sim.pack(store, offset);
        ThermalState initial = new ThermalState(s0, b0, r0, c0);
        return new TileThermalResult(inputs.tileId(), sim.time, store, offset, initial, end[1], sim.intervals == sim.n,
                sim.levelsOfPass(), sim.events, summary, assumptions);
    }
}
