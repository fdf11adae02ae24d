package io.skyrack.app.inspector;

import io.skyrack.app.outline.OutlineNode;
import io.skyrack.core.inventory.PlanInventory;
import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orbit.SunSynchronous;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.Workload;
import io.skyrack.gpu.GpuCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;

/** Turns the selected outline entry into inspector rows, in engineer units (plain Java, tested without a window). */
public final class InspectorModel {

    private final List<InspectorProperty> rows = new ArrayList<>();
    private String category = "";

    private InspectorModel() {
    }

    /**
     * @param plan the plan
     * @param node selected entry
     * @param catalog GPU profiles
     * @param orbits satellite orbits at the epoch by name (may be empty while they are computed)
     * @return the rows
     */
    public static List<InspectorProperty> rows(Plan plan, OutlineNode node, GpuCatalog catalog,
                                               Map<String, SatelliteOrbit> orbits) {
        InspectorModel m = new InspectorModel();
        Object p = node.payload();
        if (p instanceof Plan pl) {
            m.plan(pl, catalog);
        } else if (p instanceof Constellation c) {
            m.constellation(c);
        } else if (p instanceof String satellite) {
            m.satellite(plan, satellite, orbits.get(satellite));
        } else if (p instanceof TileSpec t) {
            m.tile(t, catalog);
        } else if (p instanceof GroundStation g) {
            m.station(g);
        } else if (p instanceof CrosslinkPolicy c) {
            m.crosslinks(c);
        } else if (p instanceof Workload w) {
            m.workload(w);
        }
        return List.copyOf(m.rows);
    }

    private void section(String name) {
        category = name;
    }

    private void add(String name, String value, String description) {
        rows.add(new InspectorProperty(category, name, value, description));
    }

    private void plan(Plan plan, GpuCatalog catalog) {
        PlanInventory inv = PlanInventory.of(plan, catalog);
        section("Plan");
        add("Name", plan.name(), "Short name of the plan");
        add("Description", plan.description(), "Free text");
        add("Epoch (UTC)", plan.epoch().toString(), "Reference epoch of the orbital elements");
        add("Satellites", Integer.toString(inv.satellites()), "Satellites in all constellations");
        add("TILEs", Integer.toString(inv.tiles()), "Compute TILEs on all satellites");
        add("GPUs", Integer.toString(inv.gpuCount()), "GPU modules on all TILEs");
        add("Nominal TOPS (INT8 sparse)", num(inv.nominalTops(), 0), "At each GPU's commanded power mode");
        add("GPU power (kW)", num(inv.commandedGpuPower() / 1000.0, 2), "All GPUs at their commanded modes");
        add("Launch mass (kg)", num(inv.launchMass(), 0), "Buses and TILEs");
        add("Ground stations", Integer.toString(plan.groundStations().size()), "");
        add("Workloads", Integer.toString(plan.workloads().size()), "");
        section("Analysis");
        add("Window start (UTC)", plan.window().start().toString(), "First sample of the analysis");
        add("Duration (h)", num(plan.window().duration() / 3600.0, 2), "Length of the analysis window");
        add("Step (s)", num(plan.window().step(), 1), "Sampling step of the analysis");
        add("Environment", plan.assumptions().environment().name().toLowerCase(Locale.ROOT), "Thermal environment case");
        add("Mission year", num(plan.assumptions().missionYear(), 1), "Years since launch, for cell degradation");
    }

    private void constellation(Constellation c) {
        section("Constellation");
        add("Id", c.id(), "Identifier; satellite names derive from it");
        add("Name", c.name(), "Display name");
        add("Satellites", Integer.toString(c.satelliteCount()), "Number of satellites");
        if (c instanceof WalkerConstellationSpec w) {
            add("Pattern", "Walker " + w.pattern().name().toLowerCase(Locale.ROOT), "Delta: planes over 360°; star: over 180°");
            add("Notation i:T/P/F", String.format(Locale.ROOT, "%s°:%d/%d/%d", num(Math.toDegrees(w.inclination()), 2),
                    w.satelliteCount(), w.planes(), w.phasing()), "Walker notation");
            add("Altitude (km)", num(w.altitude() / 1000, 1), "Above the equatorial radius");
            add("Inclination (°)", num(Math.toDegrees(w.inclination()), 3), "Orbit inclination");
            add("RAAN of plane 1 (°)", num(Math.toDegrees(w.raanOffset()), 3), "At the epoch");
            add("Period (min)", num(period(w.altitude()) / 60, 2), "Keplerian period");
        } else if (c instanceof SunSynchronousSpec s) {
            add("Altitude (km)", num(s.altitude() / 1000, 1), "Above the equatorial radius");
            add("LTAN (h)", num(s.ltanHours(), 2), "Mean local time of the ascending node");
            add("Inclination (°, derived)", num(Math.toDegrees(SunSynchronous.inclination(s.altitude())), 3),
                    "J2 nodal precession equal to the Sun's mean motion");
            add("Period (min)", num(period(s.altitude()) / 60, 2), "Keplerian period");
        } else if (c instanceof ExplicitConstellationSpec) {
            add("Definition", "Keplerian elements per satellite", "Osculating elements at the epoch, EME2000");
        } else if (c instanceof TleConstellationSpec) {
            add("Definition", "Two-line element sets", "Propagated with SGP4/SDP4");
        }
        template(c.template());
    }

    private void template(SatelliteTemplate t) {
        section("Satellite template");
        add("Bus", t.busName(), "Satellite bus");
        add("Bus mass (kg)", num(t.busMass(), 1), "Without TILEs");
        add("TILE array", t.tileArray().rows() + " × " + t.tileArray().columns() + ", " + t.tileArray().slots().size()
                + " TILEs", "Rows × columns, occupied slots");
        add("Attitude", t.attitude().name().toLowerCase(Locale.ROOT).replace('_', '-'), "Attitude mode");
        OpticalTerminalSpec term = t.terminals();
        add("Optical terminals", Integer.toString(term.count()), "One link per terminal at a time");
        add("Terminal range (km)", num(term.maxRange() / 1000, 0), "Largest link range");
        if (term.model() instanceof OpticalTerminalSpec.FixedRate f) {
            add("Link rate (Gbit/s)", num(f.rate() / 1e9, 2), "Fixed rate up to the maximum range");
        } else if (term.model() instanceof OpticalTerminalSpec.LinkBudget l) {
            add("Link budget", num(l.transmitPower(), 2) + " W, " + num(l.wavelength() * 1e9, 0) + " nm, "
                    + num(l.nominalRate() / 1e9, 2) + " Gbit/s", "Optical link budget");
        }
        add("Battery (Wh)", t.battery().map(b -> num(b.capacity() / 3600, 0) + " (DoD ≤ "
                + num(b.depthOfDischargeLimit() * 100, 0) + " %)").orElse("none"), "Capacity and depth-of-discharge limit");
    }

    private void satellite(Plan plan, String name, SatelliteOrbit orbit) {
        section("Satellite");
        add("Name", name, "Unique satellite name");
        if (orbit == null) {
            add("Orbit", "computing…", "Orbit at the epoch");
            return;
        }
        Constellation c = plan.constellations().get(orbit.constellationIndex());
        add("Constellation", c.id(), "Constellation it belongs to");
        add("Plane / slot", (orbit.plane() + 1) + " / " + (orbit.slot() + 1), "1-based");
        KeplerianOrbit k = (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(orbit.orbit());
        add("Semi-major axis (km)", num(k.getA() / 1000, 3), "Osculating, EME2000, at the epoch");
        add("Altitude (km)", num((k.getA() - EarthConstants.EQUATORIAL_RADIUS) / 1000, 1), "Semi-major axis minus equatorial radius");
        add("Eccentricity", num(k.getE(), 6), "");
        add("Inclination (°)", num(Math.toDegrees(k.getI()), 4), "");
        add("RAAN (°)", num(Math.toDegrees(norm(k.getRightAscensionOfAscendingNode())), 4), "");
        add("Period (min)", num(k.getKeplerianPeriod() / 60, 2), "");
        template(c.template());
    }

    private void tile(TileSpec t, GpuCatalog catalog) {
        section("TILE");
        add("Id", t.id(), "Identifier");
        add("Name", t.name(), "");
        add("Area (m²)", num(t.area(), 2), "Area of one face");
        add("Radiator area (m²)", num(t.radiatorArea(), 2), "Radiating area including deployables");
        add("Mass (kg)", num(t.mass(), 1), "With GPU modules");
        for (TileSpec.GpuSlot g : t.gpus()) {
            String name = catalog.find(g.profileId()).map(pr -> pr.name()).orElse(g.profileId() + " (unknown)");
            add("GPU: " + g.count() + " × " + g.profileId(), name + ", mode " + g.powerMode(),
                    "Profile, commanded power mode");
        }
        section("Solar cells");
        add("Efficiency at 28 °C", pct(t.cells().efficiency()), "Beginning of life");
        add("Temperature coefficient (%/K)", num(t.cells().temperatureCoefficient() * 100, 3), "Relative");
        add("Degradation (%/year)", num(t.cells().degradationPerYear() * 100, 2), "Relative power loss");
        add("Packing factor", pct(t.cells().packingFactor()), "Active cell share of the face");
        add("MPPT efficiency", pct(t.mpptEfficiency()), "");
        add("Distribution efficiency", pct(t.distributionEfficiency()), "");
        section("Optics and thermal");
        add("Sun face α / ε", num(t.solarFace().absorptivity(), 2) + " / " + num(t.solarFace().emissivity(), 2), "");
        add("Radiator α / ε", num(t.radiatorFace().absorptivity(), 2) + " / " + num(t.radiatorFace().emissivity(), 2), "");
        add("Heat capacities (J/K)", num(t.heatCapacities().solarFace(), 0) + " / " + num(t.heatCapacities().board(), 0)
                + " / " + num(t.heatCapacities().radiator(), 0), "Sun face / board / radiator");
        add("Conductances (W/K)", num(t.conductances().solarFaceToBoard(), 1) + " / "
                + num(t.conductances().boardToRadiator(), 1), "Sun face–board / board–radiator");
        add("Housekeeping (W)", num(t.housekeepingPower(), 1), "");
    }

    private void station(GroundStation g) {
        section("Ground station");
        add("Name", g.name(), "");
        add("Latitude (°)", num(Math.toDegrees(g.latitude()), 4), "Geodetic");
        add("Longitude (°)", num(Math.toDegrees(g.longitude()), 4), "East positive");
        add("Altitude (m)", num(g.altitude(), 0), "Above the WGS-84 ellipsoid");
        add("Minimum elevation (°)", num(Math.toDegrees(g.minElevation()), 1), "");
        add("Downlink (Mbit/s)", num(g.downlinkRate() / 1e6, 1), "");
    }

    private void crosslinks(CrosslinkPolicy c) {
        section("Crosslinks");
        add("Rule", c.rule().name().toLowerCase(Locale.ROOT).replace('_', '-'), "Topology rule");
        if (c.rule() == CrosslinkPolicy.TopologyRule.NEAREST_K) {
            add("k", Integer.toString(c.nearestK()), "Neighbours per satellite");
        }
        add("Maximum range (km)", num(c.maxRange() / 1000, 0), "");
        add("Grazing altitude (km)", num(c.grazingAltitudeMargin() / 1000, 0), "Lowest altitude of the line of sight");
        add("Per-hop delay (ms)", num(c.perHopDelay() * 1000, 2), "");
        add("Manual pairs", Integer.toString(c.manualPairs().size()), "");
    }

    private void workload(Workload w) {
        section("Workload");
        add("Name", w.name(), "");
        add("Model", w.model(), "");
        add("Image", w.image(), "Container image");
        add("Memory (GiB)", num(w.memory() / (double) (1L << 30), 2), "Per replica");
        add("Compute (TOPS)", num(w.compute() / 1e12, 1), "INT8, per replica");
        add("Replicas", Integer.toString(w.replicas()), "Each on a distinct satellite");
        add("Latency SLO (ms)", num(w.latencySlo() * 1000, 1), "From the data source");
        add("Data source", w.source().kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + w.source().satellite().map(s -> " " + s).orElse(""), "");
        add("Input rate (Mbit/s)", num(w.inputDataRate() / 1e6, 1), "");
        add("Priority", Integer.toString(w.priority()), "");
    }

    private static double period(double altitude) {
        double a = EarthConstants.EQUATORIAL_RADIUS + altitude;
        return 2 * Math.PI * Math.sqrt(a * a * a / EarthConstants.MU);
    }

    private static double norm(double angle) {
        double r = angle % (2 * Math.PI);
        return r < 0 ? r + 2 * Math.PI : r;
    }

    private static String pct(double v) {
        return num(v * 100, 1) + " %";
    }

    private static String num(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }
}
