package io.skyrack.core.inventory;

import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.TileArray.TileSlot;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.gpu.GpuProfile;
import io.skyrack.gpu.PowerMode;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a plan puts in orbit.
 *
 * @param satellites number of satellites
 * @param tiles number of TILEs
 * @param gpus GPU counts and throughput by profile id, sorted by id
 * @param nominalTops INT8 sparse throughput at each GPU's commanded power mode (TOPS)
 * @param peakTops INT8 sparse throughput at each GPU's highest power mode (TOPS)
 * @param commandedGpuPower electrical power of all GPUs at their commanded modes (W)
 * @param launchMass buses plus TILEs (kg)
 */
public record PlanInventory(int satellites, int tiles, Map<String, GpuCount> gpus, double nominalTops,
                            double peakTops, double commandedGpuPower, double launchMass) {

    /**
     * GPU modules of one profile.
     *
     * @param profileId profile id
     * @param profileName profile display name
     * @param count number of modules in the plan
     * @param nominalTops INT8 sparse throughput at the commanded modes (TOPS); NaN when unpublished
     * @param peakTops INT8 sparse throughput at the top mode (TOPS); NaN when unpublished
     */
    public record GpuCount(String profileId, String profileName, int count, double nominalTops, double peakTops) {
    }

    /**
     * @param plan a plan (references that do not resolve are skipped)
     * @param catalog GPU profiles
     * @return the inventory
     */
    public static PlanInventory of(Plan plan, GpuCatalog catalog) {
        Map<String, TileSpec> tiles = plan.tiles().stream()
                .collect(Collectors.toMap(TileSpec::id, Function.identity(), (a, b) -> a));
        int satellites = 0;
        int tileCount = 0;
        double mass = 0;
        double power = 0;
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, double[]> tops = new TreeMap<>();
        for (Constellation c : plan.constellations()) {
            int n = c.satelliteCount();
            satellites += n;
            List<TileSlot> slots = c.template().tileArray().slots();
            tileCount += n * slots.size();
            mass += n * c.template().busMass();
            for (TileSlot s : slots) {
                TileSpec t = tiles.get(s.tileId());
                if (t == null) {
                    continue;
                }
                mass += n * t.mass();
                for (TileSpec.GpuSlot g : t.gpus()) {
                    int k = n * g.count();
                    counts.computeIfAbsent(g.profileId(), x -> new int[1])[0] += k;
                    double[] acc = tops.computeIfAbsent(g.profileId(), x -> new double[2]);
                    GpuProfile profile = catalog.find(g.profileId()).orElse(null);
                    if (profile == null) {
                        acc[0] = Double.NaN;
                        acc[1] = Double.NaN;
                        continue;
                    }
                    PowerMode mode = profile.mode(g.powerMode()).orElse(null);
                    double nominal = mode == null || mode.int8SparseTops() == null ? Double.NaN : mode.int8SparseTops();
                    acc[0] += k * nominal;
                    acc[1] += k * profile.peakInt8SparseTops();
                    power += mode == null ? 0 : k * mode.powerW();
                }
            }
        }
        Map<String, GpuCount> gpus = new TreeMap<>();
        double nominal = 0;
        double peak = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            String id = e.getKey();
            double[] acc = tops.get(id);
            String name = catalog.find(id).map(GpuProfile::name).orElse("unknown profile");
            gpus.put(id, new GpuCount(id, name, e.getValue()[0], acc[0], acc[1]));
            nominal += Double.isNaN(acc[0]) ? 0 : acc[0];
            peak += Double.isNaN(acc[1]) ? 0 : acc[1];
        }
        return new PlanInventory(satellites, tileCount, Collections.unmodifiableMap(gpus), nominal, peak, power, mass);
    }

    /** @return total number of GPU modules */
    public int gpuCount() {
        return gpus.values().stream().mapToInt(GpuCount::count).sum();
    }
}
