package io.skyrack.core.persistence;

import io.skyrack.core.persistence.PlanDto.AnalysisDto;
import io.skyrack.core.persistence.PlanDto.BatteryDto;
import io.skyrack.core.persistence.PlanDto.ConductancesDto;
import io.skyrack.core.persistence.PlanDto.ConstellationDto;
import io.skyrack.core.persistence.PlanDto.CrosslinksDto;
import io.skyrack.core.persistence.PlanDto.DataSourceDto;
import io.skyrack.core.persistence.PlanDto.ExplicitDto;
import io.skyrack.core.persistence.PlanDto.FixedRateDto;
import io.skyrack.core.persistence.PlanDto.GpuSlotDto;
import io.skyrack.core.persistence.PlanDto.GroundStationDto;
import io.skyrack.core.persistence.PlanDto.HeatCapacitiesDto;
import io.skyrack.core.persistence.PlanDto.KeplerianDto;
import io.skyrack.core.persistence.PlanDto.LinkBudgetDto;
import io.skyrack.core.persistence.PlanDto.LinkPairDto;
import io.skyrack.core.persistence.PlanDto.OpticsDto;
import io.skyrack.core.persistence.PlanDto.SunSynchronousDto;
import io.skyrack.core.persistence.PlanDto.TemplateDto;
import io.skyrack.core.persistence.PlanDto.TerminalModelDto;
import io.skyrack.core.persistence.PlanDto.TerminalsDto;
import io.skyrack.core.persistence.PlanDto.TileArrayDto;
import io.skyrack.core.persistence.PlanDto.TileDto;
import io.skyrack.core.persistence.PlanDto.TileSlotDto;
import io.skyrack.core.persistence.PlanDto.TleDto;
import io.skyrack.core.persistence.PlanDto.TleSetDto;
import io.skyrack.core.persistence.PlanDto.WalkerDto;
import io.skyrack.core.persistence.PlanDto.WorkloadDto;
import io.skyrack.core.plan.AnalysisAssumptions;
import io.skyrack.core.plan.AnalysisWindow;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.CrosslinkPolicy.LinkPair;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.ExplicitConstellationSpec.KeplerianSatellite;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.OpticalTerminalSpec.FixedRate;
import io.skyrack.core.plan.OpticalTerminalSpec.LinkBudget;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.SatelliteTemplate.Battery;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileArray.TileSlot;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.Workload;
import io.skyrack.core.plan.Workload.DataSource;
import io.skyrack.core.validation.Finding;
import io.skyrack.core.validation.JsonPointer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * Converts between the file DTOs (engineer units) and the SI plan model.
 *
 * <p>{@link #toDomain} reports the few shape rules that span several fields (a TILE array has either
 * {@code fill} or {@code slots}; a satellite data source names its satellite). {@link #toDto} writes every
 * value as the shortest decimal that reads back to the same SI value.
 */
public final class PlanMapper {

    private static final double KM = 1000.0;
    private static final double HOUR = 3600.0;
    private static final double GIB = 1024.0 * 1024.0 * 1024.0;
    private static final double TERA = 1e12;
    private static final double GIGA = 1e9;
    private static final double MEGA = 1e6;
    private static final double MILLI = 1e-3;
    private static final double NANO = 1e-9;

    private PlanMapper() {
    }

    // ---------------------------------------------------------------- DTO -> domain

    /**
     * @param dto a DTO bound without errors
     * @param findings receives cross-field shape problems
     * @return the plan, or {@code null} when a shape problem was found
     */
    public static Plan toDomain(PlanDto dto, List<Finding> findings) {
        int before = findings.size();
        Instant epoch = Instant.parse(dto.epoch());
        AnalysisDto a = dto.analysis();
        Instant start = a.start() == null ? epoch : Instant.parse(a.start());
        AnalysisWindow window = new AnalysisWindow(start, a.durationHours() * HOUR, a.stepSeconds());
        AnalysisAssumptions assumptions = new AnalysisAssumptions(
                or(a.environment(), AnalysisAssumptions.EnvironmentCase.NOMINAL),
                or(a.missionYear(), 0.0),
                or(a.capacityBasis(), AnalysisAssumptions.CapacityBasis.ORBIT_MINIMUM),
                or(a.propagator(), AnalysisAssumptions.PropagatorChoice.AUTO));
        List<TileSpec> tiles = new ArrayList<>();
        for (TileDto t : or(dto.tiles(), List.<TileDto>of())) {
            tiles.add(tile(t));
        }
        List<Constellation> constellations = new ArrayList<>();
        List<ConstellationDto> cs = dto.constellations();
        for (int i = 0; i < cs.size(); i++) {
            constellations.add(constellation(cs.get(i), "/constellations/" + i, findings));
        }
        List<GroundStation> stations = new ArrayList<>();
        for (GroundStationDto g : or(dto.groundStations(), List.<GroundStationDto>of())) {
            stations.add(new GroundStation(g.name(), Math.toRadians(g.latitudeDeg()), Math.toRadians(g.longitudeDeg()),
                    or(g.altitudeM(), 0.0), Math.toRadians(g.minElevationDeg()), g.downlinkRateMbps() * MEGA));
        }
        CrosslinkPolicy policy = dto.crosslinks() == null
                ? CrosslinkPolicy.plusGrid(5_000 * KM, 100 * KM) : crosslinks(dto.crosslinks());
        List<Workload> workloads = new ArrayList<>();
        List<WorkloadDto> ws = or(dto.workloads(), List.<WorkloadDto>of());
        for (int i = 0; i < ws.size(); i++) {
            workloads.add(workload(ws.get(i), "/workloads/" + i, findings));
        }
        if (findings.size() > before) {
            return null;
        }
        return new Plan(dto.name(), or(dto.description(), ""), epoch, window, tiles, constellations, stations, policy,
                workloads, assumptions);
    }

    private static TileSpec tile(TileDto t) {
        List<TileSpec.GpuSlot> gpus = new ArrayList<>();
        for (GpuSlotDto g : t.gpus()) {
            gpus.add(new TileSpec.GpuSlot(g.profile(), g.count(), g.powerMode()));
        }
        return new TileSpec(t.id(), t.name(), t.areaM2(), or(t.radiatorAreaM2(), t.areaM2()), t.massKg(),
                new TileSpec.SolarCells(t.cellEfficiency(), t.cellTempCoeffPerK(), t.cellDegradationPerYear(),
                        t.packingFactor()),
                new TileSpec.FaceOptics(t.solarFace().absorptivity(), t.solarFace().emissivity()),
                new TileSpec.FaceOptics(t.radiatorFace().absorptivity(), t.radiatorFace().emissivity()),
                new TileSpec.HeatCapacities(t.heatCapacityJPerK().solarFace(), t.heatCapacityJPerK().board(),
                        t.heatCapacityJPerK().radiator()),
                new TileSpec.Conductances(t.conductanceWPerK().solarFaceToBoard(),
                        t.conductanceWPerK().boardToRadiator()),
                gpus, t.housekeepingW(), t.mpptEfficiency(), t.distributionEfficiency());
    }

    private static Constellation constellation(ConstellationDto c, String ptr, List<Finding> findings) {
        if (c instanceof WalkerDto w) {
            return new WalkerConstellationSpec(w.id(), w.name(), w.pattern(), w.planes(), w.satellitesPerPlane(),
                    w.phasing(), w.altitudeKm() * KM, Math.toRadians(w.inclinationDeg()),
                    Math.toRadians(or(w.raanOffsetDeg(), 0.0)), template(w.template(), ptr + "/template", findings));
        } else if (c instanceof SunSynchronousDto s) {
            return new SunSynchronousSpec(s.id(), s.name(), s.altitudeKm() * KM, s.ltanHours(), s.satellites(),
                    Math.toRadians(or(s.meanAnomalyOffsetDeg(), 0.0)),
                    template(s.template(), ptr + "/template", findings));
        } else if (c instanceof ExplicitDto e) {
            List<KeplerianSatellite> sats = new ArrayList<>();
            for (KeplerianDto k : e.satellites()) {
                sats.add(new KeplerianSatellite(k.name(), k.semiMajorAxisKm() * KM, k.eccentricity(),
                        Math.toRadians(k.inclinationDeg()), Math.toRadians(k.argumentOfPerigeeDeg()),
                        Math.toRadians(k.raanDeg()), Math.toRadians(k.meanAnomalyDeg())));
            }
            return new ExplicitConstellationSpec(e.id(), e.name(), sats,
                    template(e.template(), ptr + "/template", findings));
        } else {
            TleSetDto t = (TleSetDto) c;
            List<TleEntry> sats = new ArrayList<>();
            for (TleDto d : t.satellites()) {
                sats.add(new TleEntry(d.name(), d.line1(), d.line2()));
            }
            return new TleConstellationSpec(t.id(), t.name(), sats, template(t.template(), ptr + "/template", findings));
        }
    }

    private static SatelliteTemplate template(TemplateDto t, String ptr, List<Finding> findings) {
        TileArrayDto a = t.tileArray();
        TileArray array;
        String ap = ptr + "/tileArray";
        if ((a.fill() == null) == (a.slots() == null)) {
            findings.add(Finding.error(ap, "tiles.fill-or-slots",
                    "give either 'fill' (one TILE id for every slot) or 'slots' (the occupied slots), not "
                            + (a.fill() == null ? "neither" : "both")));
            array = new TileArray(a.rows(), a.columns(), List.of());
        } else if (a.fill() != null) {
            array = TileArray.filled(a.rows(), a.columns(), a.fill());
        } else {
            List<TileSlot> slots = new ArrayList<>();
            for (TileSlotDto s : a.slots()) {
                slots.add(new TileSlot(s.row(), s.column(), s.tile()));
            }
            array = new TileArray(a.rows(), a.columns(), slots);
        }
        TerminalsDto term = t.terminals();
        OpticalTerminalSpec.TerminalModel model;
        if (term.model() instanceof FixedRateDto f) {
            model = new FixedRate(f.rateGbps() * GIGA);
        } else {
            LinkBudgetDto l = (LinkBudgetDto) term.model();
            model = new LinkBudget(l.transmitPowerW(), l.transmitApertureMm() * MILLI, l.receiveApertureMm() * MILLI,
                    l.wavelengthNm() * NANO, l.pointingLossDb(), l.receiverSensitivityDbm(),
                    l.nominalRateGbps() * GIGA);
        }
        Optional<Battery> battery = Optional.empty();
        BatteryDto b = t.battery();
        if (b != null) {
            battery = Optional.of(new Battery(b.capacityWh() * HOUR, b.depthOfDischargeLimit(),
                    or(b.chargeEfficiency(), 0.95), or(b.dischargeEfficiency(), 0.95)));
        }
        return new SatelliteTemplate(t.busName(), t.busMassKg(), array, t.attitude(),
                new OpticalTerminalSpec(term.count(), term.maxRangeKm() * KM, model), battery);
    }

    private static CrosslinkPolicy crosslinks(CrosslinksDto c) {
        List<LinkPair> pairs = new ArrayList<>();
        for (LinkPairDto p : or(c.manualPairs(), List.<LinkPairDto>of())) {
            pairs.add(new LinkPair(p.a(), p.b()));
        }
        return new CrosslinkPolicy(c.rule(), or(c.nearestK(), 4), c.maxRangeKm() * KM, c.grazingAltitudeKm() * KM,
                or(c.perHopDelayMs(), 1.0) * MILLI, pairs);
    }

    private static Workload workload(WorkloadDto w, String ptr, List<Finding> findings) {
        DataSourceDto s = w.source();
        DataSource source;
        if (s.kind() == DataSource.Kind.SATELLITE) {
            if (s.satellite() == null) {
                findings.add(Finding.error(ptr + "/source", "source.satellite-missing",
                        "a data source of kind 'satellite' must name the sensor satellite in 'satellite'"));
            }
            source = new DataSource(s.kind(), Optional.ofNullable(s.satellite()));
        } else {
            if (s.satellite() != null) {
                findings.add(Finding.error(JsonPointer.child(ptr + "/source", "satellite"), "source.satellite-extra",
                        "only a data source of kind 'satellite' names a satellite"));
            }
            source = new DataSource(s.kind(), Optional.empty());
        }
        return new Workload(w.name(), w.model(), w.image(), Math.round(w.memoryGiB() * GIB), w.computeTops() * TERA,
                w.replicas(), w.latencySloMs() * MILLI, source, or(w.inputDataRateMbps(), 0.0) * MEGA,
                or(w.priority(), 1), Optional.ofNullable(w.pinnedSatellite()), or(w.antiAffinity(), List.of()));
    }

    // ---------------------------------------------------------------- domain -> DTO

    /**
     * @param plan the plan
     * @return the DTO of the current schema version
     */
    public static PlanDto toDto(Plan plan) {
        AnalysisWindow w = plan.window();
        AnalysisAssumptions as = plan.assumptions();
        AnalysisDto analysis = new AnalysisDto(w.start().toString(), eng(w.duration(), HOUR), w.step(),
                as.environment(), as.missionYear(), as.capacityBasis(), as.propagator());
        List<TileDto> tiles = new ArrayList<>();
        for (TileSpec t : plan.tiles()) {
            tiles.add(tileDto(t));
        }
        List<ConstellationDto> cs = new ArrayList<>();
        for (Constellation c : plan.constellations()) {
            cs.add(constellationDto(c));
        }
        List<GroundStationDto> gs = new ArrayList<>();
        for (GroundStation g : plan.groundStations()) {
            gs.add(new GroundStationDto(g.name(), deg(g.latitude()), deg(g.longitude()), g.altitude(),
                    deg(g.minElevation()), eng(g.downlinkRate(), MEGA)));
        }
        CrosslinkPolicy p = plan.crosslinks();
        List<LinkPairDto> pairs = new ArrayList<>();
        for (LinkPair lp : p.manualPairs()) {
            pairs.add(new LinkPairDto(lp.satelliteA(), lp.satelliteB()));
        }
        CrosslinksDto links = new CrosslinksDto(p.rule(), p.nearestK(), eng(p.maxRange(), KM),
                eng(p.grazingAltitudeMargin(), KM), eng(p.perHopDelay(), MILLI), pairs);
        List<WorkloadDto> ws = new ArrayList<>();
        for (Workload wl : plan.workloads()) {
            DataSource s = wl.source();
            ws.add(new WorkloadDto(wl.name(), wl.model(), wl.image(),
                    Numbers.toEngineer(wl.memory(), x -> x / GIB, x -> (double) Math.round(x * GIB)),
                    eng(wl.compute(), TERA), wl.replicas(), eng(wl.latencySlo(), MILLI),
                    new DataSourceDto(s.kind(), s.satellite().orElse(null)), eng(wl.inputDataRate(), MEGA),
                    wl.priority(), wl.pinnedSatellite().orElse(null), wl.antiAffinity()));
        }
        return new PlanDto(PlanDto.CURRENT_SCHEMA_VERSION, plan.name(), plan.description(), plan.epoch().toString(),
                analysis, tiles, cs, gs, links, ws);
    }

    private static TileDto tileDto(TileSpec t) {
        List<GpuSlotDto> gpus = new ArrayList<>();
        for (TileSpec.GpuSlot g : t.gpus()) {
            gpus.add(new GpuSlotDto(g.profileId(), g.count(), g.powerMode()));
        }
        return new TileDto(t.id(), t.name(), t.area(), t.radiatorArea(), t.mass(), t.cells().efficiency(),
                t.cells().temperatureCoefficient(), t.cells().degradationPerYear(), t.cells().packingFactor(),
                new OpticsDto(t.solarFace().absorptivity(), t.solarFace().emissivity()),
                new OpticsDto(t.radiatorFace().absorptivity(), t.radiatorFace().emissivity()),
                new HeatCapacitiesDto(t.heatCapacities().solarFace(), t.heatCapacities().board(),
                        t.heatCapacities().radiator()),
                new ConductancesDto(t.conductances().solarFaceToBoard(), t.conductances().boardToRadiator()),
                gpus, t.housekeepingPower(), t.mpptEfficiency(), t.distributionEfficiency());
    }

    private static ConstellationDto constellationDto(Constellation c) {
        TemplateDto template = templateDto(c.template());
        if (c instanceof WalkerConstellationSpec w) {
            return new WalkerDto(w.id(), w.name(), w.pattern(), w.planes(), w.satellitesPerPlane(), w.phasing(),
                    eng(w.altitude(), KM), deg(w.inclination()), deg(w.raanOffset()), template);
        } else if (c instanceof SunSynchronousSpec s) {
            return new SunSynchronousDto(s.id(), s.name(), eng(s.altitude(), KM), s.ltanHours(), s.satellites(),
                    deg(s.meanAnomalyOffset()), template);
        } else if (c instanceof ExplicitConstellationSpec e) {
            List<KeplerianDto> sats = new ArrayList<>();
            for (KeplerianSatellite k : e.satellites()) {
                sats.add(new KeplerianDto(k.name(), eng(k.semiMajorAxis(), KM), k.eccentricity(), deg(k.inclination()),
                        deg(k.argumentOfPerigee()), deg(k.raan()), deg(k.meanAnomaly())));
            }
            return new ExplicitDto(e.id(), e.name(), sats, template);
        } else {
            TleConstellationSpec t = (TleConstellationSpec) c;
            List<TleDto> sats = new ArrayList<>();
            for (TleEntry e : t.satellites()) {
                sats.add(new TleDto(e.name(), e.line1(), e.line2()));
            }
            return new TleSetDto(t.id(), t.name(), sats, template);
        }
    }

    private static TemplateDto templateDto(SatelliteTemplate t) {
        TileArray a = t.tileArray();
        String fill = a.uniformFill();
        List<TileSlotDto> slots = null;
        if (fill == null) {
            slots = new ArrayList<>();
            for (TileSlot s : a.slots()) {
                slots.add(new TileSlotDto(s.row(), s.column(), s.tileId()));
            }
        }
        OpticalTerminalSpec term = t.terminals();
        TerminalModelDto model;
        if (term.model() instanceof FixedRate f) {
            model = new FixedRateDto(eng(f.rate(), GIGA));
        } else {
            LinkBudget l = (LinkBudget) term.model();
            model = new LinkBudgetDto(l.transmitPower(), eng(l.transmitApertureDiameter(), MILLI),
                    eng(l.receiveApertureDiameter(), MILLI), eng(l.wavelength(), NANO), l.pointingLossDb(),
                    l.receiverSensitivityDbm(), eng(l.nominalRate(), GIGA));
        }
        BatteryDto battery = t.battery().map(b -> new BatteryDto(eng(b.capacity(), HOUR), b.depthOfDischargeLimit(),
                b.chargeEfficiency(), b.dischargeEfficiency())).orElse(null);
        return new TemplateDto(t.busName(), t.busMass(), new TileArrayDto(a.rows(), a.columns(), fill, slots),
                t.attitude(), new TerminalsDto(term.count(), eng(term.maxRange(), KM), model), battery);
    }

    // ---------------------------------------------------------------- helpers

    private static double eng(double si, double unit) {
        return Numbers.toEngineer(si, x -> x / unit, x -> x * unit);
    }

    private static double deg(double rad) {
        DoubleUnaryOperator to = Math::toDegrees;
        return Numbers.toEngineer(rad, to, Math::toRadians);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
