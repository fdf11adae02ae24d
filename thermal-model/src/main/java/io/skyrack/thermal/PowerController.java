package io.skyrack.thermal;

import java.util.List;

/**
 * Chooses, for one step, the power level of every GPU group and the battery's charge or discharge.
 *
 * <p>Rules, applied from the commanded modes downwards until nothing is violated:
 * <ol>
 *   <li>Thermal: with the board temperature predicted at the end of the step (board alone, implicit, faces
 *       held, every conversion loss on the board), a group whose junction {@code T_b + R_jc · P_module} at
 *       either end of the step would pass its throttle temperature steps down one level (mode → lower mode →
 *       idle → off); an idle group steps to off above its shutdown temperature. A group going above its
 *       previous level must clear the limit by the recovery margin.</li>
 *   <li>Power: when the GPUs draw more than the step-average array power plus the allowed battery discharge,
 *       after distribution losses and housekeeping, the group drawing most per module steps down one level
 *       (last group on a tie).</li>
 * </ol>
 * The battery then takes the bus surplus (up to full) or covers the deficit (down to its depth-of-discharge
 * floor); surplus beyond that stays on the solar face. Mutable, one per TILE solve.
 */
final class PowerController {

    /** Offset of level l in the per-level tables: levels run from {@link GpuGroup#MODE_OFF} = −2 upwards. */
    private static final int LEVEL_OFFSET = 2;

    private final GpuGroup[] groups;
    private final int[] count;
    private final double[] resistance;
    private final double[] throttle;
    private final double[] shutdown;
    /** Power of one module at each level, indexed {@code [group][level + LEVEL_OFFSET]} (W). */
    private final double[][] levelPower;
    private final double[] commandedPower;
    private final double[] commandedRise;
    private final int[] commanded;
    private final double commandedGpu;
    /** Lowest board temperature at which some group's commanded junction reaches its throttle limit (K). */
    private final double commandedBoardLimit;
    /** Whether every group ran its commanded mode in the previous step. */
    private boolean atCommanded = true;

    final double cellsAtReference;
    final double cellsPerKelvin;
    final double mppt;
    private final double distribution;
    final double housekeeping;
    final double conversion;
    final double perDistribution;
    final double perMppt;
    final double perDischarge;
    final double capacity;
    final double floor;
    final double chargeEfficiency;
    final double chargeRateInverse;
    final double dischargeRate;
    private final double recoveryMargin;
    private final double dt;
    private final double g1;
    private final double g2;
    final double boardRate;
    final double boardInverse;

    /** Levels chosen by the last {@link #decide}, per group. */
    final int[] modes;
    /** Levels of the step before, per group. */
    final int[] previous;
    /** Why each group last stepped down in {@link #decide}, or null when it did not. */
    final ThrottleEvent.Reason[] reasons;
    /** Whether any level differs from the previous step's. */
    boolean changed;

    /** Array power at the maximum power point over the step (W). */
    double availableW;
    /** Power drawn from the cells (W). */
    double drawnW;
    /** Electrical power dissipated on the board (W). */
    double boardHeatW;
    /** GPU power (W). */
    double computeW;
    /** Housekeeping and GPU power actually supplied (W). */
    double servedW;
    /** Load power that could not be supplied (W). */
    double unservedW;
    /** Battery charge at the end of the step (J). */
    double chargeNext;
    /** Whether any group ran below its commanded mode. */
    boolean throttled;
    /** Whether the battery hit full or its floor during the step (limits the SoC extrapolation). */
    boolean batteryBound;

    PowerController(TileThermalSpec spec, Environment env, TileNetwork net, double recoveryMargin, double dt) {
        List<GpuGroup> list = spec.gpus();
        int n = list.size();
        groups = list.toArray(new GpuGroup[0]);
        count = new int[n];
        resistance = new double[n];
        throttle = new double[n];
        shutdown = new double[n];
        levelPower = new double[n][];
        commandedPower = new double[n];
        commandedRise = new double[n];
        commanded = new int[n];
        modes = new int[n];
        previous = new int[n];
        reasons = new ThrottleEvent.Reason[n];
        double gpu = 0.0;
        for (int g = 0; g < n; g++) {
            GpuGroup group = groups[g];
            count[g] = group.count();
            resistance[g] = group.effectiveJunctionToCase();
            throttle[g] = group.effectiveThrottleK();
            shutdown[g] = group.effectiveShutdownK();
            levelPower[g] = new double[group.modePowersW().length + LEVEL_OFFSET];
            for (int level = GpuGroup.MODE_OFF; level < group.modePowersW().length; level++) {
                levelPower[g][level + LEVEL_OFFSET] = group.modulePower(level);
            }
            commanded[g] = group.commandedMode();
            previous[g] = commanded[g];
            modes[g] = commanded[g];
            commandedPower[g] = group.modulePower(commanded[g]);
            commandedRise[g] = resistance[g] * commandedPower[g];
            gpu += count[g] * commandedPower[g];
        }
        commandedGpu = gpu;
        double boardLimit = Double.POSITIVE_INFINITY;
        for (int g = 0; g < n; g++) {
            boardLimit = Math.min(boardLimit, throttle[g] - commandedRise[g]);
        }
        commandedBoardLimit = boardLimit;
        double perIrradiance = SolarPower.powerPerIrradiance(spec, env);
        cellsAtReference = perIrradiance;
        cellsPerKelvin = perIrradiance * spec.cells().temperatureCoefficient();
        mppt = spec.mpptEfficiency();
        distribution = spec.distributionEfficiency();
        housekeeping = spec.housekeepingW();
        conversion = 1.0 / (mppt * distribution);
        perDistribution = 1.0 / distribution;
        perMppt = 1.0 / mppt;
        Battery b = spec.battery();
        capacity = b.capacityJ();
        floor = b.floorJ();
        chargeEfficiency = b.chargeEfficiency();
        double dischargeEfficiency = b.dischargeEfficiency();
        perDischarge = 1.0 / dischargeEfficiency;
        chargeRateInverse = 1.0 / (chargeEfficiency * dt);
        dischargeRate = dischargeEfficiency / dt;
        this.recoveryMargin = recoveryMargin;
        this.dt = dt;
        g1 = net.g1;
        g2 = net.g2;
        boardRate = net.cb / dt;
        boardInverse = 1.0 / (boardRate + g1 + g2);
    }

    /** @return number of GPU groups */
    int groupCount() {
        return groups.length;
    }

    /** @return the group at index g */
    GpuGroup group(int g) {
        return groups[g];
    }

    /** @return throttle temperature in use for group g (K) */
    double throttle(int g) {
        return throttle[g];
    }

    /** @return whether every group ran its commanded mode in the last committed step */
    boolean atCommanded() {
        return atCommanded;
    }

    /** @return total GPU power at the commanded modes (W) */
    double commandedGpuW() {
        return commandedGpu;
    }

    /** @return lowest board temperature at which some group's commanded junction reaches its limit (K) */
    double commandedBoardLimitK() {
        return commandedBoardLimit;
    }

    /** @return the commanded level of group g */
    int commandedLevel(int g) {
        return commanded[g];
    }

    /** @return junction rise above the board of group g at its commanded mode (K) */
    double commandedRiseK(int g) {
        return commandedRise[g];
    }

    /**
     * @param g group index
     * @param level a level of that group
     * @return junction rise above the board of group g at that level (K)
     */
    double riseK(int g, int level) {
        return resistance[g] * levelPower[g][level + LEVEL_OFFSET];
    }

    /** Makes the levels just chosen the previous ones, for the next step. */
    void commit() {
        if (changed) {
            System.arraycopy(modes, 0, previous, 0, modes.length);
            atCommanded = true;
            for (int g = 0; g < modes.length; g++) {
                atCommanded &= modes[g] == commanded[g];
            }
        }
    }

    /**
     * Decides one step.
     *
     * @param irradiance step-average direct irradiance on the cells (W/m²)
     * @param ts solar-face temperature at the start of the step (K)
     * @param tb board temperature at the start of the step (K)
     * @param tr radiator temperature at the start of the step (K)
     * @param charge battery charge at the start of the step (J)
     */
    void decide(double irradiance, double ts, double tb, double tr, double charge) {
        // cells at the maximum power point: P = E·A·p·η₂₈·(1 − d)^year·max(0, 1 + β(T − 28 °C))
        availableW = irradiance * Math.max(0.0, cellsAtReference + cellsPerKelvin * (ts - SolarPower.REFERENCE_CELL_K));
        double bus = availableW * mppt;
        double dischargeMax = Math.max(0.0, charge - floor) * dischargeRate;
        double gpuBudget = (bus + dischargeMax) * distribution - housekeeping;
        // the usual case first: all groups stay at their commanded modes, within power and junction limits
        if (atCommanded && commandedGpu <= gpuBudget
                && Math.max(tb, boardAtEnd(commandedGpu, ts, tb, tr)) <= commandedBoardLimit) {
            changed = false;
            throttled = false;
            flows(commandedGpu, bus, dischargeMax, charge, false);
            return;
        }
        boolean powerBound = false;
        double gpu;
        if (commandedAllowed(gpuBudget, ts, tb, tr)) {
            gpu = commandedGpu;
        } else {
            powerBound = chooseModes(gpuBudget, ts, tb, tr);
            gpu = gpuPower();
        }
        flows(gpu, bus, dischargeMax, charge, powerBound);
    }

    /** Battery and power flows once the GPU power is set. */
    private void flows(double gpu, double bus, double dischargeMax, double charge, boolean powerBound) {
        double loads = gpu + housekeeping;
        double demand = loads * perDistribution;
        double chargeIn = 0.0;
        double dischargeOut = 0.0;
        if (bus >= demand) {
            double surplus = bus - demand;
            double chargeMax = Math.max(0.0, capacity - charge) * chargeRateInverse;
            chargeIn = Math.min(surplus, chargeMax);
            drawnW = (demand + chargeIn) * perMppt;
            servedW = loads;
            batteryBound = capacity > 0.0 && surplus > chargeMax;
        } else {
            double need = demand - bus;
            drawnW = availableW;
            if (need <= dischargeMax) {
                dischargeOut = need;
                servedW = loads;
            } else {
                dischargeOut = dischargeMax;
                servedW = Math.min(loads, (bus + dischargeOut) * distribution);
            }
            batteryBound = capacity > 0.0 && (need > dischargeMax || powerBound);
        }
        unservedW = loads - servedW;
        computeW = unservedW > 0.0 ? 0.0 : gpu;
        double stored = chargeEfficiency * chargeIn - dischargeOut * perDischarge;
        double next = charge + stored * dt;
        // clamp rounding only: the limits above keep the charge within [floor, capacity]
        chargeNext = Math.min(capacity, dischargeOut > 0.0 ? Math.max(floor, next) : next);
        // energy conservation: what the cells give, less what is stored, plus what the battery gives
        boardHeatW = drawnW - stored;
    }

    /**
     * Whether every group can run its commanded mode, a group coming back up having to clear its limit by the
     * recovery margin.
     *
     * @return whether it can; the levels are then set to the commanded modes
     */
    private boolean commandedAllowed(double gpuBudget, double ts, double tb, double tr) {
        if (commandedGpu > gpuBudget) {
            return false;
        }
        double tbHot = Math.max(tb, boardAtEnd(commandedGpu, ts, tb, tr));
        boolean same = true;
        for (int g = 0; g < groups.length; g++) {
            boolean up = commanded[g] > previous[g];
            if (tbHot + commandedRise[g] > throttle[g] - (up ? recoveryMargin : 0.0)) {
                return false;
            }
            same &= !up;
        }
        // after commit() the levels equal the previous ones, so they already are the commanded ones when same
        if (!same) {
            System.arraycopy(commanded, 0, modes, 0, modes.length);
        }
        changed = !same;
        throttled = false;
        return true;
    }

    /** Board temperature at the end of the step: board alone, implicit, faces held, losses on the board (K). */
    private double boardAtEnd(double gpu, double ts, double tb, double tr) {
        return (boardRate * tb + g1 * ts + g2 * tr + (gpu + housekeeping) * conversion) * boardInverse;
    }

    /**
     * Steps levels down from the commanded modes until the thermal and power rules hold.
     *
     * @return whether the power rule stepped any group down
     */
    private boolean chooseModes(double gpuBudget, double ts, double tb, double tr) {
        int n = groups.length;
        boolean powerBound = false;
        for (int g = 0; g < n; g++) {
            modes[g] = commanded[g];
            reasons[g] = null;
        }
        while (true) {
            double gpu = gpuPower();
            double tbHot = Math.max(tb, boardAtEnd(gpu, ts, tb, tr));
            int hot = -1;
            for (int g = 0; g < n && hot < 0; g++) {
                int level = modes[g];
                if (level == GpuGroup.MODE_OFF) {
                    continue;
                }
                double limit = (level >= 0 ? throttle[g] : shutdown[g]) - (level > previous[g] ? recoveryMargin : 0.0);
                if (tbHot + resistance[g] * levelPower[g][level + LEVEL_OFFSET] > limit) {
                    hot = g;
                }
            }
            if (hot >= 0) {
                modes[hot] = groups[hot].levelBelow(modes[hot]);
                reasons[hot] = ThrottleEvent.Reason.THERMAL;
                continue;
            }
            if (gpu <= gpuBudget) {
                break;
            }
            int greedy = -1;
            double most = -1.0;
            for (int g = 0; g < n; g++) {
                double p = levelPower[g][modes[g] + LEVEL_OFFSET];
                if (modes[g] != GpuGroup.MODE_OFF && count[g] > 0 && p >= most) {
                    most = p;
                    greedy = g;
                }
            }
            if (greedy < 0) {
                break;
            }
            modes[greedy] = groups[greedy].levelBelow(modes[greedy]);
            reasons[greedy] = ThrottleEvent.Reason.POWER;
            powerBound = true;
        }
        throttled = false;
        changed = false;
        for (int g = 0; g < n; g++) {
            throttled |= modes[g] < commanded[g];
            changed |= modes[g] != previous[g];
        }
        return powerBound;
    }

    /** @return GPU power at the current levels (W) */
    private double gpuPower() {
        double p = 0.0;
        for (int g = 0; g < groups.length; g++) {
            p += count[g] * levelPower[g][modes[g] + LEVEL_OFFSET];
        }
        return p;
    }
}
