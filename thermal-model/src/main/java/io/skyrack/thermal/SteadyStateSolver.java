package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.List;

/**
 * Steady state of a TILE for a fixed environment: Newton's method on the three node balances with their
 * T⁴ emission terms, analytic Jacobian, wrapped in a fixed-point pass over the temperature-dependent cell
 * output. The loads run at the given levels and are always supplied: by the cells as far as they can,
 * the rest from the battery (through its discharge efficiency, without limit of charge) — the same power
 * chain as the orbit solver with an inexhaustible battery. Stateless and thread-safe.
 */
public final class SteadyStateSolver {

    /** Largest Newton correction accepted as converged (K). */
    private static final double TOLERANCE_K = 1e-9;

    /** Passes of the power chain around the thermal solve; it contracts by ~0.05 per pass. */
    private static final int MAX_PASSES = 50;

    /**
     * Solves with every GPU group at its commanded mode.
     *
     * @param spec the TILE
     * @param environment the environment
     * @param condition what the TILE sees
     * @return the steady state
     */
    public SteadyState solve(TileThermalSpec spec, Environment environment, SteadyCondition condition) {
        int[] levels = new int[spec.gpus().size()];
        for (int g = 0; g < levels.length; g++) {
            levels[g] = spec.gpus().get(g).commandedMode();
        }
        return solve(spec, environment, condition, levels);
    }

    /**
     * Solves with given GPU power levels.
     *
     * @param spec the TILE
     * @param environment the environment
     * @param condition what the TILE sees
     * @param levels power level of each GPU group: a mode index, {@link GpuGroup#MODE_IDLE} or
     *        {@link GpuGroup#MODE_OFF}
     * @return the steady state
     */
    public SteadyState solve(TileThermalSpec spec, Environment environment, SteadyCondition condition, int[] levels) {
        List<ThermalFinding> findings = new ArrayList<>(spec.validate());
        findings.addAll(environment.validate());
        findings.addAll(condition.validate());
        if (levels.length != spec.gpus().size()) {
            findings.add(new ThermalFinding("levels", "one level per GPU group is required: " + spec.gpus().size()));
        } else {
            for (int g = 0; g < levels.length; g++) {
                GpuGroup gg = spec.gpus().get(g);
                int l = levels[g];
                boolean known = gg.modePowersW() != null && l < gg.modePowersW().length;
                if (!(l == GpuGroup.MODE_OFF || l == GpuGroup.MODE_IDLE && gg.canIdle() || l >= 0 && known)) {
                    findings.add(new ThermalFinding("levels[" + g + "]", "the GPU has no power level " + l));
                }
            }
        }
        if (!findings.isEmpty()) {
            return new SteadyState(0, 0, 0, new double[spec.gpus().size()], 0, 0, 0, 0, findings);
        }
        return solveValid(spec, environment, condition, levels);
    }

    /** Solves inputs already validated. */
    static SteadyState solveValid(TileThermalSpec spec, Environment environment, SteadyCondition condition,
                                  int[] levels) {
        TileNetwork net = new TileNetwork(spec);
        double[] loads = new double[3];
        EnvironmentLoads.at(spec, environment, condition.sunX(), condition.sunY(), condition.sunZ(),
                condition.illumination(), condition.earthViewSolarFace(), condition.earthViewRadiator(),
                condition.albedoFactor(), loads);
        double gpu = 0.0;
        for (int g = 0; g < levels.length; g++) {
            gpu += spec.gpus().get(g).count() * spec.gpus().get(g).modulePower(levels[g]);
        }
        double mppt = spec.mpptEfficiency();
        double discharge = spec.battery().dischargeEfficiency();
        double demand = (gpu + spec.housekeepingW()) / spec.distributionEfficiency();
        double perIrradiance = SolarPower.powerPerIrradiance(spec, environment);
        double[] x = new double[3];
        double guess = Math.max(100.0, 1.2 * Math.pow((loads[0] + loads[1] + 1.0) / (net.es + net.er), 0.25));
        x[0] = guess;
        x[1] = guess;
        x[2] = guess;
        double drawn = demand / mppt;
        double board = drawn;
        double available = 0.0;
        double shortfall = 0.0;
        // the cells' output depends on their temperature: iterate the power chain around the Newton solve
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            net.solve(new double[3], new double[] {1.0, 1.0, 1.0}, new double[3], loads[0], loads[1], drawn, board,
                    x, TOLERANCE_K);
            available = loads[2] * perIrradiance * SolarPower.temperatureFactor(spec.cells(), x[0]);
            shortfall = Math.max(0.0, demand - available * mppt);
            double nextDrawn = shortfall > 0.0 ? available : demand / mppt;
            double nextBoard = nextDrawn + shortfall / discharge;
            boolean settled = Math.abs(nextDrawn - drawn) <= 1e-9 && Math.abs(nextBoard - board) <= 1e-9;
            drawn = nextDrawn;
            board = nextBoard;
            if (settled) {
                break;
            }
        }
        double[] junction = new double[levels.length];
        for (int g = 0; g < levels.length; g++) {
            GpuGroup gg = spec.gpus().get(g);
            junction[g] = x[1] + gg.effectiveJunctionToCase() * gg.modulePower(levels[g]);
        }
        return new SteadyState(x[0], x[1], x[2], junction, available, drawn, gpu, shortfall, List.of());
    }
}
