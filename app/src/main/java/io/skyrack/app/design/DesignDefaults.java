package io.skyrack.app.design;

import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.Workload;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the design editors start a new object with: values of a small TILE-carrying satellite in low Earth orbit
 * (after the sophia-tile-demo sample), valid as they are, for the user to change.
 */
public final class DesignDefaults {

    /** GPU profile of a new TILE type. */
    public static final String GPU_PROFILE = "jetson-orin-nx-16gb";
    /** Power mode of a new TILE type. */
    public static final String GPU_MODE = "25W";

    private DesignDefaults() {
    }

    /**
     * @param prefix such as "shell"
     * @param taken identifiers already used
     * @return {@code prefix-1}, {@code prefix-2}, … the first one not taken
     */
    public static String uniqueId(String prefix, Collection<String> taken) {
        for (int n = 1; ; n++) {
            String id = prefix + "-" + n;
            if (!taken.contains(id)) {
                return id;
            }
        }
    }

    /**
     * A 1 m² TILE with GaAs cells, a white-painted radiator and one Jetson Orin NX 16GB at 25 W.
     *
     * @param id TILE id
     * @return the TILE specification
     */
    public static TileSpec tile(String id) {
        return new TileSpec(id, "TILE " + id, 1.0, 1.0, 9.0,
                new TileSpec.SolarCells(0.30, -0.0022, 0.03, 0.9),
                new TileSpec.FaceOptics(0.88, 0.80), new TileSpec.FaceOptics(0.12, 0.90),
                new TileSpec.HeatCapacities(2700, 5400, 3600), new TileSpec.Conductances(8.0, 30.0),
                List.of(new TileSpec.GpuSlot(GPU_PROFILE, 1, GPU_MODE)), 4.0, 0.97, 0.95);
    }

    /**
     * A 45 kg smallsat bus, sun-tracking, an empty 2 × 3 TILE grid, four 2.5 Gbit/s optical terminals of
     * 5,000 km and a 300 Wh battery.
     *
     * @return the template
     */
    public static SatelliteTemplate template() {
        return new SatelliteTemplate("Smallsat bus", 45.0, new TileArray(2, 3, List.of()),
                SatelliteTemplate.AttitudeMode.SUN_TRACKING,
                new OpticalTerminalSpec(4, 5_000_000.0, new OpticalTerminalSpec.FixedRate(2.5e9)),
                Optional.of(new SatelliteTemplate.Battery(300 * 3600.0, 0.4, 0.95, 0.95)));
    }

    /**
     * A Walker delta 53°: 12/3/1 at 550 km.
     *
     * @param id constellation id
     * @return the constellation
     */
    public static WalkerConstellationSpec walker(String id) {
        return new WalkerConstellationSpec(id, id, WalkerConstellationSpec.WalkerPattern.DELTA, 3, 4, 1, 550_000.0,
                Math.toRadians(53.0), 0.0, template());
    }

    /**
     * Six satellites in a dawn–dusk (06:00) sun-synchronous plane at 650 km.
     *
     * @param id constellation id
     * @return the constellation
     */
    public static SunSynchronousSpec sunSynchronous(String id) {
        return new SunSynchronousSpec(id, id, 650_000.0, 6.0, 6, 0.0, template());
    }

    /**
     * One replica of a 20 TOPS, 8 GiB model fed from the ground at 10 Mbit/s with a 100 ms latency objective.
     *
     * @param name workload name
     * @return the workload
     */
    public static Workload workload(String name) {
        return new Workload(name, "model", "registry.example/" + name + ":1", 8L * 1024 * 1024 * 1024, 20e12, 1,
                0.1, Workload.DataSource.ground(), 10e6, 1, Optional.empty(), List.of());
    }
}
