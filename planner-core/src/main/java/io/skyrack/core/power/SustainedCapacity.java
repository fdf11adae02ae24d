package io.skyrack.core.power;

import io.skyrack.core.plan.AnalysisAssumptions.CapacityBasis;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.gpu.GpuProfile;
import io.skyrack.gpu.PowerMode;
import io.skyrack.gpu.ThroughputRule;
import io.skyrack.thermal.GpuGroup;
import io.skyrack.thermal.TileThermalResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What every GPU can be relied on to deliver over the orbit, from the power and thermal budget: its sustained
 * power mode, the INT8 throughput and power of that mode, its memory, and its junction margin.
 *
 * <p>The basis is the plan's {@code analysis.capacityBasis}:
 * <ul>
 *   <li>{@code orbit-minimum}: the lowest power level the controller ran the GPU's group at over the orbit —
 *       what the GPU holds at every moment, eclipse and hot spots included;</li>
 *   <li>{@code orbit-average}: the highest mode whose power does not exceed the group's orbit-average power per
 *       module — what a battery-carried orbit delivers on average without overstating it.</li>
 * </ul>
 * A GPU whose sustained level is idle or off has no sustained mode and delivers nothing. Throughput is the
 * dense INT8 figure of the mode (the sparse figure halved where only that is published, see
 * {@link ThroughputRule}): workloads state dense operations per second.
 */
public final class SustainedCapacity {

    private SustainedCapacity() {
    }

    /**
     * One GPU.
     *
     * @param satellite roster index
     * @param satelliteName satellite name
     * @param tile slot label {@code r<row>c<column>}
     * @param tileId the plan's TILE id
     * @param gpu index of the GPU within its TILE (groups in plan order, modules within a group)
     * @param profileId GPU profile
     * @param mode sustained mode name, or empty when the GPU is idle or off at some point (orbit minimum) or on
     *        average below its lowest mode
     * @param commandedMode the mode operations command
     * @param int8Tops dense INT8 throughput in the sustained mode (TOPS); 0 without a mode
     * @param powerW power of the sustained mode (W); 0 without a mode
     * @param idleW power when idle (W); 0 when unpublished (the GPU is then switched off)
     * @param memoryBytes memory (byte)
     * @param junctionMarginK margin of the GPU's TILE between its throttle limit and its peak junction (K)
     */
    public record Gpu(int satellite, String satelliteName, String tile, String tileId, int gpu, String profileId,
                      Optional<String> mode, String commandedMode, double int8Tops, double powerW, double idleW,
                      long memoryBytes, double junctionMarginK) {
    }

    /**
     * @param plan the plan analysed
     * @param power its power and thermal budget
     * @param catalog GPU profiles
     * @return every GPU of every satellite, in roster, slot and GPU order
     */
    public static List<Gpu> of(Plan plan, PowerThermal power, GpuCatalog catalog) {
        CapacityBasis basis = plan.assumptions().capacityBasis();
        List<Gpu> out = new ArrayList<>();
        for (PowerThermal.SatellitePower sat : power.satellites()) {
            for (PowerThermal.TilePower tp : sat.tiles()) {
                TileSpec tile = plan.tiles().get(tp.tileIndex());
                TileThermalResult r = tp.result();
                int index = 0;
                for (int g = 0; g < tile.gpus().size(); g++) {
                    TileSpec.GpuSlot slot = tile.gpus().get(g);
                    Optional<GpuProfile> profile = catalog.find(slot.profileId());
                    if (profile.isEmpty()) {
                        index += slot.count();
                        continue;
                    }
                    List<PowerMode> modes = new ArrayList<>(profile.get().powerModes());
                    modes.sort(Comparator.comparingDouble(PowerMode::powerW));
                    int level = r.solved() && g < r.groups() ? sustainedLevel(r, g, modes, slot, basis) : -2;
                    PowerMode m = level >= 0 ? modes.get(level) : null;
                    double idle = profile.get().idlePowerW() == null ? 0.0 : profile.get().idlePowerW();
                    long memory = Math.round(profile.get().memoryGiB() * (1L << 30));
                    double margin = r.solved() ? r.summary().junctionMarginK() : Double.NaN;
                    for (int u = 0; u < slot.count(); u++) {
                        out.add(new Gpu(sat.satellite(), sat.name(), tp.label(), tp.tileId(), index++,
                                slot.profileId(), Optional.ofNullable(m).map(PowerMode::name), slot.powerMode(),
                                m == null ? 0.0 : denseInt8(m), m == null ? 0.0 : m.powerW(), idle, memory, margin));
                    }
                }
            }
        }
        return out;
    }

    /**
     * @param mode a power mode
     * @return its dense INT8 throughput (TOPS); the sparse figure halved when only that is published; 0 when
     *         neither is
     */
    public static double denseInt8(PowerMode mode) {
        if (mode.int8DenseTops() != null) {
            return mode.int8DenseTops();
        }
        if (mode.int8SparseTops() != null) {
            return mode.int8SparseTops() / ThroughputRule.SPARSITY_SPEEDUP;
        }
        return 0.0;
    }

    /** @return the sustained mode index into the ascending modes, or a negative level */
    private static int sustainedLevel(TileThermalResult r, int g, List<PowerMode> modes, TileSpec.GpuSlot slot,
                                      CapacityBasis basis) {
        int n = r.samples();
        if (n == 0) {
            return GpuGroup.MODE_OFF;
        }
        if (basis == CapacityBasis.ORBIT_MINIMUM) {
            int min = Integer.MAX_VALUE;
            for (int k = 0; k < n; k++) {
                min = Math.min(min, r.powerMode(g, k));
            }
            return min;
        }
        double sum = 0;
        for (int k = 0; k < n; k++) {
            int l = r.powerMode(g, k);
            sum += l >= 0 ? modes.get(l).powerW() : 0.0;
        }
        double average = sum / n;
        int best = GpuGroup.MODE_OFF;
        for (int m = 0; m < modes.size(); m++) {
            if (modes.get(m).powerW() <= average + 1e-9) {
                best = m;
            }
        }
        return best;
    }

    /**
     * @param gpus GPUs
     * @return their summed sustained dense INT8 throughput (TOPS)
     */
    public static double totalTops(List<Gpu> gpus) {
        return gpus.stream().mapToDouble(Gpu::int8Tops).sum();
    }

}
