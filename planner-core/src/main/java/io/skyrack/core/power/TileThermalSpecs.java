package io.skyrack.core.power;

import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.gpu.GpuProfile;
import io.skyrack.gpu.PowerMode;
import io.skyrack.thermal.Battery;
import io.skyrack.thermal.GpuGroup;
import io.skyrack.thermal.ThermalFinding;
import io.skyrack.thermal.TileThermalSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Translates a plan's TILE (with the GPU profiles it names and its share of the satellite's battery) into the
 * thermal model's specification, and the thermal model's findings back into JSON Pointers into the plan.
 *
 * <p>The satellite battery of a template is shared equally by its TILEs: each TILE's network carries
 * {@code capacity / tileCount} with the template's depth-of-discharge limit and efficiencies. TILEs of one
 * satellite see the same Sun and Earth, so equal shares are what a common power bus would give them.
 */
public final class TileThermalSpecs {

    private static final double KELVIN = 273.15;

    /**
     * Junction-to-case temperature rise at a module's highest power mode assumed when its profile does not
     * publish a junction-to-case resistance (K): the resistance is taken as this rise over the highest mode's
     * power. Packages are designed so that at their rated power the die sits some 15–25 K above the case or lid;
     * 20 K reproduces the 0.3 K/W commonly used for a 60 W Jetson AGX Orin module on its thermal transfer plate
     * and gives 0.06 K/W for a 350 W H100 PCIe, where a fixed 0.3 K/W would put its die 105 K above the case.
     */
    public static final double ASSUMED_JUNCTION_RISE_K = 20.0;

    /** Thermal-model field names and the plan-file fields they come from. */
    private static final Map<String, String> TILE_FIELDS = Map.ofEntries(
            Map.entry("faceArea", "areaM2"),
            Map.entry("radiatorArea", "radiatorAreaM2"),
            Map.entry("solarFace.absorptivity", "solarFace/absorptivity"),
            Map.entry("solarFace.emissivity", "solarFace/emissivity"),
            Map.entry("radiatorFace.absorptivity", "radiatorFace/absorptivity"),
            Map.entry("radiatorFace.emissivity", "radiatorFace/emissivity"),
            Map.entry("capacities.solarFace", "heatCapacityJPerK/solarFace"),
            Map.entry("capacities.board", "heatCapacityJPerK/board"),
            Map.entry("capacities.radiator", "heatCapacityJPerK/radiator"),
            Map.entry("conductances.solarFaceToBoard", "conductanceWPerK/solarFaceToBoard"),
            Map.entry("conductances.boardToRadiator", "conductanceWPerK/boardToRadiator"),
            Map.entry("cells.efficiency", "cellEfficiency"),
            Map.entry("cells.temperatureCoefficient", "cellTempCoeffPerK"),
            Map.entry("cells.degradationPerYear", "cellDegradationPerYear"),
            Map.entry("cells.packingFactor", "packingFactor"),
            Map.entry("mpptEfficiency", "mpptEfficiency"),
            Map.entry("distributionEfficiency", "distributionEfficiency"),
            Map.entry("housekeepingW", "housekeepingW"));

    private static final Map<String, String> BATTERY_FIELDS = Map.of(
            "battery.capacityJ", "capacityWh",
            "battery.dodLimit", "depthOfDischargeLimit",
            "battery.chargeEfficiency", "chargeEfficiency",
            "battery.dischargeEfficiency", "dischargeEfficiency");

    private TileThermalSpecs() {
    }

    /**
     * @param spec the thermal model's TILE, or empty when a GPU profile or mode is unknown
     * @param findings why the TILE cannot be modelled (errors), with JSON Pointers into the plan
     * @param modeNames for each GPU group of the spec, its power modes' names in ascending power (the order of
     *        the thermal model's mode indices)
     */
    public record Mapped(Optional<TileThermalSpec> spec, List<Finding> findings, List<List<String>> modeNames) {

        /** Copies the lists. */
        public Mapped {
            findings = List.copyOf(findings);
            modeNames = modeNames.stream().map(List::copyOf).toList();
        }
    }

    /**
     * @param tile the plan's TILE
     * @param tileIndex index of the TILE in {@code plan.tiles()}, for JSON Pointers
     * @param catalog GPU profiles
     * @param battery the satellite template's battery, if any
     * @param tilesOnSatellite TILEs sharing that battery (≥ 1)
     * @return the thermal specification, or findings saying why there is none
     */
    public static Mapped map(TileSpec tile, int tileIndex, GpuCatalog catalog,
                             Optional<SatelliteTemplate.Battery> battery, int tilesOnSatellite) {
        String p = "/tiles/" + tileIndex;
        List<Finding> findings = new ArrayList<>();
        List<GpuGroup> groups = new ArrayList<>();
        List<List<String>> names = new ArrayList<>();
        for (int g = 0; g < tile.gpus().size(); g++) {
            TileSpec.GpuSlot slot = tile.gpus().get(g);
            String gp = p + "/gpus/" + g;
            Optional<GpuProfile> profile = catalog.find(slot.profileId());
            if (profile.isEmpty()) {
                findings.add(Finding.error(gp + "/profile", "ref.gpu-profile",
                        "no GPU profile '" + slot.profileId() + "' in the catalog"));
                continue;
            }
            List<PowerMode> modes = new ArrayList<>(profile.get().powerModes());
            modes.sort(Comparator.comparingDouble(PowerMode::powerW));
            int commanded = -1;
            for (int m = 0; m < modes.size(); m++) {
                if (modes.get(m).name().equals(slot.powerMode())) {
                    commanded = m;
                }
            }
            if (commanded < 0) {
                findings.add(Finding.error(gp + "/powerMode", "ref.power-mode", "'" + slot.powerMode()
                        + "' is not a power mode of " + slot.profileId() + "; it has "
                        + String.join(", ", modes.stream().map(PowerMode::name).toList())));
                continue;
            }
            GpuProfile pr = profile.get();
            names.add(modes.stream().map(PowerMode::name).toList());
            double maxPower = modes.get(modes.size() - 1).powerW();
            double rjc = pr.junctionToCaseKPerW() != null ? pr.junctionToCaseKPerW()
                    : ASSUMED_JUNCTION_RISE_K / maxPower;
            groups.add(new GpuGroup(slot.count(), modes.stream().mapToDouble(PowerMode::powerW).toArray(), commanded,
                    orNaN(pr.idlePowerW()), rjc,
                    pr.junctionThrottleC() == null ? Double.NaN : pr.junctionThrottleC() + KELVIN,
                    pr.junctionShutdownC() == null ? Double.NaN : pr.junctionShutdownC() + KELVIN));
        }
        if (!findings.isEmpty()) {
            return new Mapped(Optional.empty(), findings, List.of());
        }
        Battery share = battery.map(b -> new Battery(b.capacity() / Math.max(1, tilesOnSatellite),
                b.depthOfDischargeLimit(), b.chargeEfficiency(), b.dischargeEfficiency())).orElse(Battery.NONE);
        TileThermalSpec spec = new TileThermalSpec(tile.area(), tile.radiatorArea(),
                new TileThermalSpec.FaceOptics(tile.solarFace().absorptivity(), tile.solarFace().emissivity()),
                new TileThermalSpec.FaceOptics(tile.radiatorFace().absorptivity(), tile.radiatorFace().emissivity()),
                new TileThermalSpec.HeatCapacities(tile.heatCapacities().solarFace(), tile.heatCapacities().board(),
                        tile.heatCapacities().radiator()),
                new TileThermalSpec.Conductances(tile.conductances().solarFaceToBoard(),
                        tile.conductances().boardToRadiator()),
                new TileThermalSpec.SolarCells(tile.cells().efficiency(), tile.cells().temperatureCoefficient(),
                        tile.cells().degradationPerYear(), tile.cells().packingFactor()),
                tile.mpptEfficiency(), tile.distributionEfficiency(), tile.housekeepingPower(), groups, share);
        return new Mapped(Optional.of(spec), List.of(), names);
    }

    /**
     * @param f a finding of the thermal model about a TILE specification
     * @param tileIndex index of the TILE in the plan
     * @param templatePointer JSON Pointer of the satellite template that supplied the battery
     * @return the JSON Pointer of the plan field it concerns
     */
    public static String pointer(ThermalFinding f, int tileIndex, String templatePointer) {
        String field = f.field();
        String tile = "/tiles/" + tileIndex;
        if (TILE_FIELDS.containsKey(field)) {
            return tile + "/" + TILE_FIELDS.get(field);
        }
        if (BATTERY_FIELDS.containsKey(field)) {
            return templatePointer + "/battery/" + BATTERY_FIELDS.get(field);
        }
        if (field.startsWith("gpus[")) {
            int close = field.indexOf(']');
            String index = field.substring(5, close);
            String rest = field.substring(close + 1);
            String suffix = switch (rest) {
                case ".count" -> "/count";
                case ".commandedMode" -> "/powerMode";
                default -> "/profile";
            };
            return tile + "/gpus/" + index + suffix;
        }
        return tile;
    }

    /**
     * The documented defaults used for a TILE's GPUs in place of unpublished figures, as informational findings.
     *
     * @param tile the plan's TILE
     * @param tileIndex its index in the plan
     * @param spec its thermal specification from {@link #map}
     * @param catalog GPU profiles
     * @return one finding per assumed figure
     */
    public static List<Finding> assumptions(TileSpec tile, int tileIndex, TileThermalSpec spec, GpuCatalog catalog) {
        List<Finding> out = new ArrayList<>();
        for (int g = 0; g < tile.gpus().size() && g < spec.gpus().size(); g++) {
            String id = tile.gpus().get(g).profileId();
            String path = "/tiles/" + tileIndex + "/gpus/" + g + "/profile";
            Optional<GpuProfile> pr = catalog.find(id);
            if (pr.isPresent() && pr.get().junctionToCaseKPerW() == null) {
                out.add(Finding.info(path, "thermal.assumption", String.format(java.util.Locale.ROOT,
                        "%s: junction-to-case resistance not published; assumed %.3f K/W (a %.0f K rise at its "
                                + "highest mode)", id, spec.gpus().get(g).junctionToCaseKPerW(),
                        ASSUMED_JUNCTION_RISE_K)));
            }
        }
        for (ThermalFinding f : spec.assumptions()) {
            String field = f.field();
            int close = field.indexOf(']');
            if (!field.startsWith("gpus[") || close < 0) {
                out.add(Finding.info(pointer(f, tileIndex, "/tiles/" + tileIndex), "thermal.assumption", f.message()));
                continue;
            }
            int g = Integer.parseInt(field.substring(5, close));
            String what = switch (field.substring(close + 1)) {
                case ".throttleK" -> "junction throttle temperature";
                case ".shutdownK" -> "junction shutdown temperature";
                case ".idleW" -> "idle power";
                case ".junctionToCaseKPerW" -> "junction-to-case resistance";
                default -> field.substring(close + 2);
            };
            String id = g < tile.gpus().size() ? tile.gpus().get(g).profileId() : "GPU";
            out.add(Finding.info("/tiles/" + tileIndex + "/gpus/" + g + "/profile", "thermal.assumption",
                    id + ": " + what + " " + f.message()));
        }
        return out;
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }
}
