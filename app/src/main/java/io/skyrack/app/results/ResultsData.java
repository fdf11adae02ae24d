package io.skyrack.app.results;

import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.inventory.PlanInventory;
import io.skyrack.core.power.PowerThermal;
import io.skyrack.core.power.SustainedCapacity;
import io.skyrack.gpu.GpuCatalog;
import java.util.List;
import java.util.Optional;

/** Figures and series the results views show, derived from an analysis without touching controls. */
public final class ResultsData {

    private ResultsData() {
    }

    /**
     * Headline capacity of the constellation, for demos and reports.
     *
     * @param satellites satellites
     * @param tiles TILEs
     * @param gpus GPUs
     * @param peakTops INT8 throughput at every GPU's commanded mode (sparse TOPS, as NVIDIA prints them)
     * @param sustainedTops dense INT8 throughput every GPU holds over the orbit (TOPS), on the plan's basis
     * @param averageComputeKw orbit-average GPU power (kW)
     * @param averageGeneratedKw orbit-average power drawn from the cells (kW)
     * @param computeShare share of the drawn energy that reaches the GPUs (0–1)
     * @param peakJunctionC hottest junction (°C), NaN without GPUs
     * @param junctionMarginK smallest junction margin (K), NaN without GPUs
     * @param throttledSatellites satellites that throttle for part of the orbit
     * @param radiatorMarginM2 smallest radiator area margin in the hot case (m²)
     * @param eclipseFractionMax largest eclipse fraction of any orbit
     * @param sustainedGpus GPUs that hold a power mode all orbit
     */
    public record Capacity(int satellites, int tiles, int gpus, double peakTops, double sustainedTops,
                           double averageComputeKw, double averageGeneratedKw, double computeShare,
                           double peakJunctionC, double junctionMarginK, int throttledSatellites,
                           double radiatorMarginM2, double eclipseFractionMax, long sustainedGpus) {
    }

    /**
     * @param a an analysis
     * @param catalog GPU profiles
     * @return its capacity figures
     */
    public static Capacity capacity(Analysis a, GpuCatalog catalog) {
        PlanInventory inv = PlanInventory.of(a.plan(), catalog);
        List<SustainedCapacity.Gpu> gpus = SustainedCapacity.of(a.plan(), a.power(), catalog);
        PowerThermal.Totals t = a.power().totals();
        return new Capacity(inv.satellites(), inv.tiles(), inv.gpuCount(), inv.nominalTops(),
                SustainedCapacity.totalTops(gpus), t.averageComputeW() / 1000, t.averageGeneratedW() / 1000,
                t.computeShare(), t.peakJunctionK() - 273.15, t.junctionMarginK(), t.throttledSatellites(),
                t.radiatorAreaMargin(), a.lighting().maxEclipseFraction(),
                gpus.stream().filter(g -> g.mode().isPresent()).count());
    }

    /**
     * @param a an analysis
     * @param satellite satellite name
     * @return its power and thermal budget, if it carries TILEs
     */
    public static Optional<PowerThermal.SatellitePower> power(Analysis a, String satellite) {
        return a.power().satellites().stream().filter(s -> s.name().equals(satellite)).findFirst();
    }

    /**
     * @param a an analysis
     * @param satellite satellite name
     * @return the satellite's roster index, or −1
     */
    public static int index(Analysis a, String satellite) {
        return a.grid().names().indexOf(satellite);
    }

    /**
     * The beta angle of a satellite over the window, at most {@code maxPoints} samples.
     *
     * @param a an analysis
     * @param satellite roster index
     * @param maxPoints largest number of points
     * @return {hours from the window start[], beta (°)[]}
     */
    public static double[][] beta(Analysis a, int satellite, int maxPoints) {
        int steps = a.grid().stepCount();
        int stride = Math.max(1, (int) Math.ceil(steps / (double) maxPoints));
        int n = (steps + stride - 1) / stride;
        double[] t = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            int k = Math.min(steps - 1, i * stride);
            t[i] = a.grid().time(k) / 3600.0;
            b[i] = Math.toDegrees(a.lighting().beta()[a.grid().index(satellite, k)]);
        }
        return new double[][] {t, b};
    }

    /**
     * Eclipses (penumbra and umbra, merged) of a satellite over the orbit its power and thermal budget covers: the
     * orbit sampled from the window start, so the lighting engine's intervals that begin before its end, clipped.
     *
     * @param a an analysis
     * @param satellite roster index
     * @param orbitSeconds length of the sampled orbit (s)
     * @return {from, to} in minutes into the orbit
     */
    public static List<double[]> eclipseBands(Analysis a, int satellite, double orbitSeconds) {
        List<double[]> bands = new java.util.ArrayList<>();
        a.lighting().intervals().stream().filter(e -> e.satellite() == satellite && e.startSeconds() < orbitSeconds
                        && e.endSeconds() > 0)
                .sorted(java.util.Comparator.comparingDouble(e -> e.startSeconds()))
                .forEach(e -> {
                    double from = Math.max(0, e.startSeconds()) / 60.0;
                    double to = Math.min(orbitSeconds, e.endSeconds()) / 60.0;
                    double[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
                    if (last != null && from <= last[1] + 1e-9) {
                        last[1] = Math.max(last[1], to);
                    } else {
                        bands.add(new double[] {from, to});
                    }
                });
        return bands;
    }

    /**
     * @param names a GPU profile's mode names, lowest first
     * @return tick labels for a power-mode axis: the mode names, "idle" and "off"
     */
    public static javafx.util.StringConverter<Number> modeLabels(List<String> names) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number v) {
                int i = (int) Math.round(v.doubleValue());
                if (Math.abs(v.doubleValue() - i) > 1e-6) {
                    return "";
                }
                if (i == io.skyrack.thermal.GpuGroup.MODE_IDLE) {
                    return "idle";
                }
                if (i == io.skyrack.thermal.GpuGroup.MODE_OFF) {
                    return "off";
                }
                return i >= 0 && i < names.size() ? names.get(i) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        };
    }
}
