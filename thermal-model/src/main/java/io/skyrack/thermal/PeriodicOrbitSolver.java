package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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

    /** Temperature change per orbit below which a battery-charge drift may be extrapolated (K). */
    private static final double SETTLED_K = 0.05;

    private final SolverSettings settings;

    /** A solver with {@link SolverSettings#DEFAULT}. */
    public PeriodicOrbitSolver() {
        this(SolverSettings.DEFAULT);
    }

    /** @param settings solver settings */
    public PeriodicOrbitSolver(SolverSettings settings) {
        this.settings = settings;
    }

    @Override
    public TileThermalResult solve(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs) {
        List<ThermalFinding> findings = findings(spec, environment, inputs);
        List<ThermalFinding> assumptions = spec.assumptions();
        if (!findings.isEmpty()) {
            return TileThermalResult.invalid(inputs.tileId(), findings, assumptions);
        }
        return solveValid(spec, environment, inputs, assumptions);
    }

    /** Validates the shared TILE design and environment once, then each TILE's inputs. */
    @Override
    public List<TileThermalResult> solveAll(TileThermalSpec spec, Environment environment,
                                            List<OrbitThermalInputs> tiles) {
        List<ThermalFinding> shared = new ArrayList<>(spec.validate());
        shared.addAll(environment.validate());
        List<ThermalFinding> assumptions = spec.assumptions();
        return tiles.parallelStream().map(in -> {
            List<ThermalFinding> findings = new ArrayList<>(shared);
            findings.addAll(in.validate());
            return findings.isEmpty() ? solveValid(spec, environment, in, assumptions)
                    : TileThermalResult.invalid(in.tileId(), findings, assumptions);
        }).collect(Collectors.toList());
    }

    private TileThermalResult solveValid(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs,
                                         List<ThermalFinding> assumptions) {
        OrbitSimulation sim = new OrbitSimulation(spec, environment, inputs, settings);
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
            sim.run(start, charge, true, end);
            changeK = Math.max(Math.abs(end[0] - start[0]), Math.max(Math.abs(end[1] - start[1]),
                    Math.abs(end[2] - start[2])));
            double drift = end[3] - charge;
            if (changeK <= settings.periodicToleranceK() && Math.abs(drift) <= chargeTolerance) {
                converged = true;
                break;
            }
            System.arraycopy(end, 0, start, 0, 3);
            charge = end[3];
            if (changeK < SETTLED_K && !sim.batteryBound && Math.abs(drift) > chargeTolerance) {
                charge += skippedOrbits(sim, battery, drift) * drift;
            }
        }
        return result(spec, environment, inputs, sim, converged, orbits, assumptions);
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
        OrbitSimulation sim = new OrbitSimulation(spec, environment, inputs, settings);
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
        OrbitSimulation sim = new OrbitSimulation(spec, environment, inputs, settings);
        double[] end = new double[4];
        sim.run(s, s[3], false, end);
        double changeK = Math.max(Math.abs(end[0] - s[0]), Math.max(Math.abs(end[1] - s[1]), Math.abs(end[2] - s[2])));
        return result(spec, environment, inputs, sim, changeK <= settings.periodicToleranceK(), 1,
                spec.assumptions());
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
        double qs = 0.0;
        double qr = 0.0;
        double e = 0.0;
        for (int k = 0; k < n; k++) {
            qs += sim.qs[k];
            qr += sim.qr[k];
            e += sim.cell[k];
        }
        double[] x = steady(net, qs / n, qr / n, Math.min(demand, e / n * perIrradiance));
        double capacity = net.cs + net.cb + net.cr;
        double radiative = 4.0 * (net.es * x[0] * x[0] * x[0] + net.er * x[2] * x[2] * x[2]);
        if (capacity <= 0.0 || radiative <= 0.0) {
            return x;
        }
        // exponentially weighted loads, going back from the first sample around the orbit
        double decay = Math.exp(-sim.dt * radiative / capacity);
        double w = 1.0;
        double sum = 0.0;
        qs = 0.0;
        qr = 0.0;
        e = 0.0;
        for (int j = 0; j < n; j++) {
            int k = j == 0 ? 0 : n - j;
            qs += w * sim.qs[k];
            qr += w * sim.qr[k];
            e += w * sim.cell[k];
            sum += w;
            w *= decay;
        }
        return steady(net, qs / sum, qr / sum, Math.min(demand, e / sum * perIrradiance));
    }

    /** Steady state with the given loads; the electrical power is drawn from the sun face onto the board. */
    private static double[] steady(TileNetwork net, double qs, double qr, double drawn) {
        double guess = Math.max(100.0, 1.2 * Math.pow((qs + qr + 1.0) / (net.es + net.er), 0.25));
        double[] x = {guess, guess, guess};
        net.solve(new double[3], new double[] {1.0, 1.0, 1.0}, new double[3], qs, qr, drawn, drawn, x, 1e-6);
        return x;
    }

    /**
     * Radiator sizing for the summary: the hot case with the Sun normal to the solar face, at the orbit's
     * sample where the Earth (albedo and IR) heats the whole TILE most, and at the one where it heats the
     * radiator most; the larger area of the two.
     */
    private static double requiredRadiatorArea(TileThermalSpec spec, Environment environment,
                                               OrbitThermalInputs in) {
        Environment hot = Environment.hot().withMissionYear(environment.missionYear());
        double albedoFlux = hot.solarConstant() * hot.albedo();
        TileThermalSpec.FaceOptics s = spec.solarFace();
        TileThermalSpec.FaceOptics r = spec.radiatorFace();
        int worstTotal = 0;
        int worstRadiator = 0;
        double maxTotal = -1.0;
        double maxRadiator = -1.0;
        for (int k = 0; k < in.size(); k++) {
            double f = in.albedoFactor()[k];
            double fs = in.earthViewSolarFace()[k];
            double fr = in.earthViewRadiator()[k];
            double solar = spec.faceArea() * fs * (s.absorptivity() * albedoFlux * f + s.emissivity() * hot.olr());
            double radiator = spec.radiatorArea() * fr * (r.absorptivity() * albedoFlux * f + r.emissivity() * hot.olr());
            if (solar + radiator > maxTotal) {
                maxTotal = solar + radiator;
                worstTotal = k;
            }
            if (radiator > maxRadiator) {
                maxRadiator = radiator;
                worstRadiator = k;
            }
        }
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
                                     List<ThermalFinding> assumptions) {
        sim.tally();
        int intervals = sim.intervals;
        double available = 0.0;
        double generated = 0.0;
        double compute = 0.0;
        for (int k = 0; k < intervals; k++) {
            available += sim.available[k] * sim.dt;
            generated += sim.generated[k] * sim.dt;
            compute += sim.compute[k] * sim.dt;
        }
        double peak = 0.0;
        for (int k = 0; k < sim.n; k++) {
            peak = Math.max(peak, sim.junction[k]);
        }
        double margin = Double.POSITIVE_INFINITY;
        for (int g = 0; g < sim.controller.groupCount(); g++) {
            margin = Math.min(margin, sim.controller.throttle(g) - sim.peakJunction[g]);
        }
        double required = requiredRadiatorArea(spec, environment, inputs);
        double[] end = sim.end;
        double storedJ = sim.net.cs * (end[0] - sim.solarFace[0]) + sim.net.cb * (end[1] - sim.board[0])
                + sim.net.cr * (end[2] - sim.radiator[0]) + (end[3] - sim.charge[0]);
        double residual = sim.absorbedJ > 0.0 ? (sim.absorbedJ - sim.emittedJ - storedJ) / sim.absorbedJ : 0.0;
        double span = Math.max(intervals, 1) * sim.dt;
        TileThermalResult.OrbitSummary summary = new TileThermalResult.OrbitSummary(available / span,
                generated / span, compute / span, generated > 0.0 ? compute / generated : 0.0,
                generated > 0.0 ? sim.servedJ / generated : 0.0, peak, margin, sim.throttledS / 60.0, required,
                spec.radiatorArea() - required, sim.unservedJ, residual,
                converged && sim.maxNewton <= TileNetwork.MAX_NEWTON, orbits);
        return new TileThermalResult(inputs.tileId(), sim.time, sim.available, sim.generated, sim.compute,
                sim.boardHeat, sim.charge, sim.solarFace, sim.board, sim.radiator, sim.junction, sim.levels,
                new ArrayList<>(sim.events), summary, List.of(), assumptions);
    }
}
