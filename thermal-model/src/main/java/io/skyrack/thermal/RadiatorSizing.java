package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.List;

/**
 * Sizes a TILE's radiator: the radiating area at which the hottest junction, relative to its own throttle
 * limit, sits exactly at that limit in steady state, with every GPU group at its commanded mode.
 *
 * <p>The steady balances are inverted rather than searched: the binding junction at its limit fixes the
 * board temperature, from which the solar face, the heat through the board–radiator conductance, the
 * radiator temperature and finally the area follow (see {@link #requiredArea}). Conductances and the power
 * chain are the steady state's ({@link SteadyStateSolver}); only the radiator area (its emission and its
 * absorbed environment) changes. Stateless and thread-safe.
 */
public final class RadiatorSizing {

    /**
     * The usual sizing condition: hot environment at the given mission year, full Sun normal to the solar
     * face, with the given Earth view factors and albedo factor.
     *
     * @param missionYear years since launch (years)
     * @param earthViewSolarFace view factor from the solar face to the Earth (0–1)
     * @param earthViewRadiator view factor from the radiator face to the Earth (0–1)
     * @param albedoFactor albedo factor (0–1)
     * @return the environment and condition, as a pair
     */
    public static HotCase hotCase(double missionYear, double earthViewSolarFace, double earthViewRadiator,
                                  double albedoFactor) {
        return new HotCase(Environment.hot().withMissionYear(missionYear),
                SteadyCondition.sunOnSolarFace(earthViewSolarFace, earthViewRadiator, albedoFactor));
    }

    /**
     * @param spec the TILE; its radiator area is the starting point of the search
     * @param environment the environment, usually {@link Environment#hot()}
     * @param condition what the TILE sees, usually {@link SteadyCondition#sunOnSolarFace}
     * @return the radiator area needed (m²): 0 when the junctions stay under their limits without a radiator,
     *     {@link Double#POSITIVE_INFINITY} when no area suffices (the conductances limit), or the findings
     *     that stopped the sizing
     */
    public Sizing size(TileThermalSpec spec, Environment environment, SteadyCondition condition) {
        List<ThermalFinding> findings = new ArrayList<>(spec.validate());
        findings.addAll(environment.validate());
        findings.addAll(condition.validate());
        if (!findings.isEmpty()) {
            return new Sizing(0.0, findings);
        }
        return new Sizing(requiredArea(spec, environment, condition), List.of());
    }

    /**
     * Sizes inputs already validated, by inverting the steady balances: the binding junction at its limit fixes
     * the board temperature; the solar-face balance then fixes the solar-face temperature (one equation,
     * safeguarded Newton); the board balance gives the heat the board must pass to the radiator, the
     * board–radiator conductance the radiator temperature, and the radiator balance its area.
     */
    static double requiredArea(TileThermalSpec spec, Environment environment, SteadyCondition condition) {
        if (spec.gpus().isEmpty()) {
            return 0.0;
        }
        double gpu = 0.0;
        double boardLimit = Double.POSITIVE_INFINITY;
        for (GpuGroup g : spec.gpus()) {
            double p = g.modulePower(g.commandedMode());
            gpu += g.count() * p;
            boardLimit = Math.min(boardLimit, g.effectiveThrottleK() - g.effectiveJunctionToCase() * p);
        }
        if (!(boardLimit > 0.0)) {
            return Double.POSITIVE_INFINITY;
        }
        double[] unit = new double[3];
        EnvironmentLoads.at(spec.withRadiatorArea(1.0), environment, condition.sunX(), condition.sunY(),
                condition.sunZ(), condition.illumination(), condition.earthViewSolarFace(),
                condition.earthViewRadiator(), condition.albedoFactor(), unit);
        PowerChain chain = new PowerChain(spec, environment, unit[2], gpu);
        double ts = solarFaceAt(spec, unit[0], boardLimit, chain);
        double toRadiator = chain.boardHeat(ts) + spec.conductances().solarFaceToBoard() * (ts - boardLimit);
        if (toRadiator <= 0.0) {
            return 0.0;
        }
        double g2 = spec.conductances().boardToRadiator();
        if (g2 <= 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        double tr = boardLimit - toRadiator / g2;
        double rejectedPerArea = spec.radiatorFace().emissivity() * TileNetwork.SIGMA * tr * tr * tr * tr - unit[1];
        if (!(tr > 0.0 && rejectedPerArea > 0.0)) {
            return Double.POSITIVE_INFINITY;
        }
        return toRadiator / rejectedPerArea;
    }

    /** Solar-face temperature balancing {@code Qₛ − εσAT⁴ − P_ext(T) − G₁(T − T_b) = 0} (K). */
    private static double solarFaceAt(TileThermalSpec spec, double qs, double tb, PowerChain chain) {
        double es = spec.solarFace().emissivity() * TileNetwork.SIGMA * spec.faceArea();
        double g1 = spec.conductances().solarFaceToBoard();
        double lo = 0.0;
        if (qs - chain.drawn(lo) + g1 * tb <= 0.0) {
            return lo;
        }
        double hi = Math.max(2.0 * tb, 400.0);
        while (qs - es * hi * hi * hi * hi - chain.drawn(hi) - g1 * (hi - tb) > 0.0) {
            lo = hi;
            hi *= 2.0;
        }
        double t = 0.5 * (lo + hi);
        for (int it = 0; it < 200; it++) {
            double h = qs - es * t * t * t * t - chain.drawn(t) - g1 * (t - tb);
            if (h > 0.0) {
                lo = t;
            } else {
                hi = t;
            }
            double slope = -4.0 * es * t * t * t - chain.drawnSlope(t) - g1;
            double next = slope < 0.0 ? t - h / slope : Double.NaN;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - t) <= 1e-10 || hi - lo <= 1e-10) {
                return next;
            }
            t = next;
        }
        return t;
    }

    /** The steady power chain: cells first, the battery for the rest, all of it heat on the board. */
    private static final class PowerChain {
        private final double perKelvin;
        private final double atReference;
        private final double mppt;
        private final double demand;
        private final double discharge;

        PowerChain(TileThermalSpec spec, Environment environment, double irradiance, double gpu) {
            double atCells = irradiance * SolarPower.powerPerIrradiance(spec, environment);
            atReference = atCells;
            perKelvin = atCells * spec.cells().temperatureCoefficient();
            mppt = spec.mpptEfficiency();
            demand = (gpu + spec.housekeepingW()) / spec.distributionEfficiency();
            discharge = spec.battery().dischargeEfficiency();
        }

        double available(double ts) {
            return Math.max(0.0, atReference + perKelvin * (ts - SolarPower.REFERENCE_CELL_K));
        }

        /** Power drawn from the cells (W). */
        double drawn(double ts) {
            return Math.min(demand / mppt, available(ts));
        }

        /** d(drawn)/dT (W/K). */
        double drawnSlope(double ts) {
            return available(ts) < demand / mppt && available(ts) > 0.0 ? perKelvin : 0.0;
        }

        /** Electrical power dissipated on the board (W). */
        double boardHeat(double ts) {
            double shortfall = Math.max(0.0, demand - available(ts) * mppt);
            return drawn(ts) + shortfall / discharge;
        }
    }

    /**
     * An environment and condition to size against.
     *
     * @param environment the environment
     * @param condition what the TILE sees
     */
    public record HotCase(Environment environment, SteadyCondition condition) {
    }

    /**
     * Result of a sizing.
     *
     * @param requiredArea radiator area needed (m²), 0 when none, {@link Double#POSITIVE_INFINITY} when no
     *        area suffices
     * @param findings problems with the inputs that stopped the sizing; empty when it ran
     */
    public record Sizing(double requiredArea, List<ThermalFinding> findings) {

        /** Copies the list. */
        public Sizing {
            findings = List.copyOf(findings);
        }
    }
}
