package io.skyrack.core.persistence;

import io.skyrack.core.plan.AnalysisAssumptions.CapacityBasis;
import io.skyrack.core.plan.AnalysisAssumptions.EnvironmentCase;
import io.skyrack.core.plan.AnalysisAssumptions.PropagatorChoice;
import io.skyrack.core.plan.CrosslinkPolicy.TopologyRule;
import io.skyrack.core.plan.SatelliteTemplate.AttitudeMode;
import io.skyrack.core.plan.WalkerConstellationSpec.WalkerPattern;
import io.skyrack.core.plan.Workload.DataSource.Kind;
import java.util.List;

/**
 * The plan file, version {@value #CURRENT_SCHEMA_VERSION}, as DTO records in engineer units.
 *
 * <p>Field names carry their units; limits are declared with {@link Range} and {@link Text} and checked by
 * {@link DtoReader}; {@code docs/plan-format.schema.json} is generated from these records.
 *
 * @param schemaVersion file format version
 * @param name plan name
 * @param description free text
 * @param epoch reference epoch of the orbital elements, ISO-8601 UTC
 * @param analysis analysis window and assumptions
 * @param tiles TILE specifications
 * @param constellations constellations
 * @param groundStations ground stations
 * @param crosslinks crosslink policy
 * @param workloads workloads
 */
public record PlanDto(
        @Range(min = 1, max = CURRENT_SCHEMA_VERSION) Integer schemaVersion,
        @Text(minLength = 1, maxLength = 200) String name,
        @Opt @Text(maxLength = 20_000) String description,
        @Text(pattern = ISO_INSTANT, describe = "an ISO-8601 UTC time such as 2026-03-20T00:00:00Z") String epoch,
        AnalysisDto analysis,
        @Opt List<TileDto> tiles,
        List<ConstellationDto> constellations,
        @Opt List<GroundStationDto> groundStations,
        @Opt CrosslinksDto crosslinks,
        @Opt List<WorkloadDto> workloads) {

    /** The version this build writes. */
    public static final int CURRENT_SCHEMA_VERSION = 1;

    /** ISO-8601 UTC instant, {@code Z} suffix, optional fraction. */
    static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z";

    /** Identifier: letters, digits, dot, dash, underscore; starts with a letter or digit. */
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    /** Description of {@link #ID} for messages. */
    static final String ID_DESCRIBED = "1–64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    /**
     * Analysis window and assumptions.
     *
     * @param start first sample, ISO-8601 UTC (default: the epoch)
     * @param durationHours window length (h)
     * @param stepSeconds sampling step (s)
     * @param environment thermal environment case (default nominal)
     * @param missionYear years since launch for degradation (default 0)
     * @param capacityBasis GPU envelope placement counts on (default orbit-minimum)
     * @param propagator orbit propagator (default auto)
     */
    public record AnalysisDto(
            @Opt @Text(pattern = ISO_INSTANT, describe = "an ISO-8601 UTC time such as 2026-03-20T00:00:00Z")
            String start,
            @Range(min = 0, max = 8784, minExclusive = true, unit = "h", why = "the window must have a length")
            Double durationHours,
            @Range(min = 0, max = 86_400, minExclusive = true, unit = "s") Double stepSeconds,
            @Opt EnvironmentCase environment,
            @Opt @Range(min = 0, max = 30, unit = "years") Double missionYear,
            @Opt CapacityBasis capacityBasis,
            @Opt PropagatorChoice propagator) {
    }

    /**
     * A TILE specification.
     *
     * @param id identifier
     * @param name display name
     * @param areaM2 face area (m²)
     * @param radiatorAreaM2 radiating area of the radiator side (m², default: the face area)
     * @param massKg mass with GPU modules (kg)
     * @param cellEfficiency cell efficiency at 28 °C
     * @param cellTempCoeffPerK relative efficiency change per kelvin (1/K)
     * @param cellDegradationPerYear relative power loss per year
     * @param packingFactor active cell share of the face
     * @param solarFace sun-face optics
     * @param radiatorFace radiator-face optics
     * @param heatCapacityJPerK node heat capacities (J/K)
     * @param conductanceWPerK node conductances (W/K)
     * @param gpus GPU modules
     * @param housekeepingW housekeeping load (W)
     * @param mpptEfficiency MPPT efficiency
     * @param distributionEfficiency distribution efficiency
     */
    public record TileDto(
            @Text(pattern = ID, describe = ID_DESCRIBED) String id,
            @Text(minLength = 1, maxLength = 200) String name,
            @Range(min = 0, max = 1000, minExclusive = true, unit = "m²") Double areaM2,
            @Opt @Range(min = 0, max = 10_000, minExclusive = true, unit = "m²") Double radiatorAreaM2,
            @Range(min = 0, max = 100_000, minExclusive = true, unit = "kg") Double massKg,
            @Range(min = 0, max = 1) Double cellEfficiency,
            @Range(min = -0.05, max = 0.01, unit = "1/K") Double cellTempCoeffPerK,
            @Range(min = 0, max = 1) Double cellDegradationPerYear,
            @Range(min = 0, max = 1) Double packingFactor,
            OpticsDto solarFace,
            OpticsDto radiatorFace,
            HeatCapacitiesDto heatCapacityJPerK,
            ConductancesDto conductanceWPerK,
            List<GpuSlotDto> gpus,
            @Range(min = 0, max = 1e6, unit = "W") Double housekeepingW,
            @Range(min = 0, max = 1, minExclusive = true) Double mpptEfficiency,
            @Range(min = 0, max = 1, minExclusive = true) Double distributionEfficiency) {
    }

    /**
     * Optical properties of a face.
     *
     * @param absorptivity solar absorptivity
     * @param emissivity infrared emissivity
     */
    public record OpticsDto(@Range(min = 0, max = 1) Double absorptivity, @Range(min = 0, max = 1) Double emissivity) {
    }

    /**
     * Heat capacities (J/K).
     *
     * @param solarFace sun face
     * @param board compute board
     * @param radiator radiator
     */
    public record HeatCapacitiesDto(
            @Range(min = 0, max = 1e9, minExclusive = true, unit = "J/K") Double solarFace,
            @Range(min = 0, max = 1e9, minExclusive = true, unit = "J/K") Double board,
            @Range(min = 0, max = 1e9, minExclusive = true, unit = "J/K") Double radiator) {
    }

    /**
     * Conductances (W/K).
     *
     * @param solarFaceToBoard sun face to board
     * @param boardToRadiator board to radiator
     */
    public record ConductancesDto(
            @Range(min = 0, max = 1e6, minExclusive = true, unit = "W/K") Double solarFaceToBoard,
            @Range(min = 0, max = 1e6, minExclusive = true, unit = "W/K") Double boardToRadiator) {
    }

    /**
     * GPU modules on a TILE.
     *
     * @param profile GPU profile id
     * @param count number of modules
     * @param powerMode power mode name
     */
    public record GpuSlotDto(
            @Text(minLength = 1, maxLength = 100) String profile,
            @Range(min = 1, max = 64) Integer count,
            @Text(minLength = 1, maxLength = 40) String powerMode) {
    }

    /** A constellation; the {@code type} property picks the variant. */
    @Variants(names = {"walker", "sun-synchronous", "explicit", "tle"},
            types = {WalkerDto.class, SunSynchronousDto.class, ExplicitDto.class, TleSetDto.class})
    public sealed interface ConstellationDto permits WalkerDto, SunSynchronousDto, ExplicitDto, TleSetDto {
    }

    /**
     * A Walker constellation.
     *
     * @param id identifier
     * @param name display name
     * @param pattern delta or star
     * @param planes planes
     * @param satellitesPerPlane satellites per plane
     * @param phasing phasing F
     * @param altitudeKm altitude (km)
     * @param inclinationDeg inclination (°)
     * @param raanOffsetDeg RAAN of the first plane (°, default 0)
     * @param template satellite template
     */
    public record WalkerDto(
            @Text(pattern = ID, describe = ID_DESCRIBED) String id,
            @Text(minLength = 1, maxLength = 200) String name,
            WalkerPattern pattern,
            @Range(min = 1, max = 1000) Integer planes,
            @Range(min = 1, max = 1000) Integer satellitesPerPlane,
            @Range(min = 0, max = 999) Integer phasing,
            @Range(min = 160, max = 100_000, unit = "km", why = "below 160 km the orbit decays within hours")
            Double altitudeKm,
            @Range(min = 0, max = 180, unit = "°") Double inclinationDeg,
            @Opt @Range(min = -360, max = 360, unit = "°") Double raanOffsetDeg,
            TemplateDto template) implements ConstellationDto {
    }

    /**
     * A sun-synchronous plane.
     *
     * @param id identifier
     * @param name display name
     * @param altitudeKm altitude (km)
     * @param ltanHours local time of the ascending node (h)
     * @param satellites satellites in the plane
     * @param meanAnomalyOffsetDeg argument of latitude of the first satellite (°, default 0)
     * @param template satellite template
     */
    public record SunSynchronousDto(
            @Text(pattern = ID, describe = ID_DESCRIBED) String id,
            @Text(minLength = 1, maxLength = 200) String name,
            @Range(min = 160, max = 5_900, unit = "km",
                    why = "sun-synchronous orbits exist only up to about 5,970 km; below 160 km the orbit decays")
            Double altitudeKm,
            @Range(min = 0, max = 24, maxExclusive = true, unit = "h") Double ltanHours,
            @Range(min = 1, max = 10_000) Integer satellites,
            @Opt @Range(min = -360, max = 360, unit = "°") Double meanAnomalyOffsetDeg,
            TemplateDto template) implements ConstellationDto {
    }

    /**
     * Satellites given by Keplerian elements.
     *
     * @param id identifier
     * @param name display name
     * @param satellites the satellites
     * @param template satellite template
     */
    public record ExplicitDto(
            @Text(pattern = ID, describe = ID_DESCRIBED) String id,
            @Text(minLength = 1, maxLength = 200) String name,
            List<KeplerianDto> satellites,
            TemplateDto template) implements ConstellationDto {
    }

    /**
     * Keplerian elements at the epoch (EME2000).
     *
     * @param name satellite name
     * @param semiMajorAxisKm semi-major axis (km)
     * @param eccentricity eccentricity
     * @param inclinationDeg inclination (°)
     * @param argumentOfPerigeeDeg argument of perigee (°)
     * @param raanDeg right ascension of the ascending node (°)
     * @param meanAnomalyDeg mean anomaly (°)
     */
    public record KeplerianDto(
            @Text(pattern = ID, describe = ID_DESCRIBED) String name,
            @Range(min = 6_538.137, max = 500_000, unit = "km",
                    why = "the minimum is the Earth's equatorial radius plus 160 km")
            Double semiMajorAxisKm,
            @Range(min = 0, max = 1, maxExclusive = true) Double eccentricity,
            @Range(min = 0, max = 180, unit = "°") Double inclinationDeg,
            @Range(min = -360, max = 360, unit = "°") Double argumentOfPerigeeDeg,
            @Range(min = -360, max = 360, unit = "°") Double raanDeg,
            @Range(min = -360, max = 360, unit = "°") Double meanAnomalyDeg) {
    }

    /**
     * Satellites given by two-line element sets.
     *
     * @param id identifier
     * @param name display name
     * @param satellites the element sets
     * @param template satellite template
     */
    public record TleSetDto(
            @Text(pattern = ID, describe = ID_DESCRIBED) String id,
            @Text(minLength = 1, maxLength = 200) String name,
            List<TleDto> satellites,
            TemplateDto template) implements ConstellationDto {
    }

    /**
     * One two-line element set.
     *
     * @param name satellite name
     * @param line1 line 1
     * @param line2 line 2
     */
    public record TleDto(
            @Text(pattern = ID, describe = ID_DESCRIBED) String name,
            @Text(pattern = "1 .{67}", describe = "a TLE line 1 of 69 characters starting with '1 '") String line1,
            @Text(pattern = "2 .{67}", describe = "a TLE line 2 of 69 characters starting with '2 '") String line2) {
    }

    /**
     * Satellite template.
     *
     * @param busName bus name
     * @param busMassKg bus mass without TILEs (kg)
     * @param tileArray TILE array
     * @param attitude attitude mode
     * @param terminals optical terminals
     * @param battery battery, if any
     */
    public record TemplateDto(
            @Text(minLength = 1, maxLength = 200) String busName,
            @Range(min = 0, max = 100_000, minExclusive = true, unit = "kg") Double busMassKg,
            TileArrayDto tileArray,
            AttitudeMode attitude,
            TerminalsDto terminals,
            @Opt BatteryDto battery) {
    }

    /**
     * TILE array: either {@code fill} (every slot the same TILE) or explicit {@code slots}.
     *
     * @param rows rows
     * @param columns columns
     * @param fill TILE id for every slot
     * @param slots occupied slots
     */
    public record TileArrayDto(
            @Range(min = 1, max = 64) Integer rows,
            @Range(min = 1, max = 64) Integer columns,
            @Opt @Text(pattern = ID, describe = ID_DESCRIBED) String fill,
            @Opt List<TileSlotDto> slots) {
    }

    /**
     * One occupied TILE slot.
     *
     * @param row row, 0-based
     * @param column column, 0-based
     * @param tile TILE id
     */
    public record TileSlotDto(
            @Range(min = 0, max = 63) Integer row,
            @Range(min = 0, max = 63) Integer column,
            @Text(pattern = ID, describe = ID_DESCRIBED) String tile) {
    }

    /**
     * Optical terminals.
     *
     * @param count number of terminals
     * @param maxRangeKm maximum range (km)
     * @param model rate model
     */
    public record TerminalsDto(
            @Range(min = 0, max = 16) Integer count,
            @Range(min = 0, max = 100_000, minExclusive = true, unit = "km") Double maxRangeKm,
            TerminalModelDto model) {
    }

    /** Terminal rate model; the {@code type} property picks the variant. */
    @Variants(names = {"fixed-rate", "link-budget"}, types = {FixedRateDto.class, LinkBudgetDto.class})
    public sealed interface TerminalModelDto permits FixedRateDto, LinkBudgetDto {
    }

    /**
     * Fixed rate.
     *
     * @param rateGbps data rate (Gbit/s)
     */
    public record FixedRateDto(@Range(min = 0, max = 10_000, minExclusive = true, unit = "Gbit/s") Double rateGbps)
            implements TerminalModelDto {
    }

    /**
     * Optical link budget.
     *
     * @param transmitPowerW transmit power (W)
     * @param transmitApertureMm transmit aperture diameter (mm)
     * @param receiveApertureMm receive aperture diameter (mm)
     * @param wavelengthNm wavelength (nm)
     * @param pointingLossDb pointing loss (dB)
     * @param receiverSensitivityDbm receiver sensitivity (dBm)
     * @param nominalRateGbps rate when the link closes (Gbit/s)
     */
    public record LinkBudgetDto(
            @Range(min = 0, max = 1000, minExclusive = true, unit = "W") Double transmitPowerW,
            @Range(min = 0, max = 10_000, minExclusive = true, unit = "mm") Double transmitApertureMm,
            @Range(min = 0, max = 10_000, minExclusive = true, unit = "mm") Double receiveApertureMm,
            @Range(min = 200, max = 20_000, unit = "nm") Double wavelengthNm,
            @Range(min = 0, max = 100, unit = "dB") Double pointingLossDb,
            @Range(min = -150, max = 30, unit = "dBm") Double receiverSensitivityDbm,
            @Range(min = 0, max = 10_000, minExclusive = true, unit = "Gbit/s") Double nominalRateGbps)
            implements TerminalModelDto {
    }

    /**
     * Battery.
     *
     * @param capacityWh capacity (Wh)
     * @param depthOfDischargeLimit largest depth of discharge
     * @param chargeEfficiency charge efficiency
     * @param dischargeEfficiency discharge efficiency
     */
    public record BatteryDto(
            @Range(min = 0, max = 1e7, minExclusive = true, unit = "Wh") Double capacityWh,
            @Range(min = 0, max = 1, minExclusive = true) Double depthOfDischargeLimit,
            @Opt @Range(min = 0, max = 1, minExclusive = true) Double chargeEfficiency,
            @Opt @Range(min = 0, max = 1, minExclusive = true) Double dischargeEfficiency) {
    }

    /**
     * A ground station.
     *
     * @param name name
     * @param latitudeDeg geodetic latitude (°)
     * @param longitudeDeg longitude (°, east positive)
     * @param altitudeM altitude above the ellipsoid (m)
     * @param minElevationDeg minimum elevation (°)
     * @param downlinkRateMbps downlink rate (Mbit/s)
     */
    public record GroundStationDto(
            @Text(minLength = 1, maxLength = 100) String name,
            @Range(min = -90, max = 90, unit = "°") Double latitudeDeg,
            @Range(min = -180, max = 180, unit = "°") Double longitudeDeg,
            @Opt @Range(min = -500, max = 9_000, unit = "m") Double altitudeM,
            @Range(min = -5, max = 90, maxExclusive = true, unit = "°") Double minElevationDeg,
            @Range(min = 0, max = 1e6, minExclusive = true, unit = "Mbit/s") Double downlinkRateMbps) {
    }

    /**
     * Crosslink policy.
     *
     * @param rule topology rule
     * @param nearestK neighbours for nearest-k (default 4)
     * @param maxRangeKm maximum link range (km)
     * @param grazingAltitudeKm lowest altitude of the line of sight (km)
     * @param perHopDelayMs processing delay per hop (ms, default 1)
     * @param manualPairs explicit pairs
     */
    public record CrosslinksDto(
            TopologyRule rule,
            @Opt @Range(min = 1, max = 64) Integer nearestK,
            @Range(min = 0, max = 100_000, minExclusive = true, unit = "km") Double maxRangeKm,
            @Range(min = 0, max = 1_000, unit = "km") Double grazingAltitudeKm,
            @Opt @Range(min = 0, max = 10_000, unit = "ms") Double perHopDelayMs,
            @Opt List<LinkPairDto> manualPairs) {
    }

    /**
     * A manual link.
     *
     * @param a first satellite
     * @param b second satellite
     */
    public record LinkPairDto(@Text(minLength = 1, maxLength = 100) String a,
                              @Text(minLength = 1, maxLength = 100) String b) {
    }

    /**
     * A workload.
     *
     * @param name name
     * @param model model name
     * @param image container image reference
     * @param memoryGiB memory per replica (GiB)
     * @param computeTops compute per replica (INT8 TOPS)
     * @param replicas replicas
     * @param latencySloMs latency SLO (ms)
     * @param source data source
     * @param inputDataRateMbps input data rate (Mbit/s, default 0)
     * @param priority priority weight (default 1)
     * @param pinnedSatellite satellite to pin to
     * @param antiAffinity workloads not to share a satellite with
     */
    public record WorkloadDto(
            @Text(pattern = ID, describe = ID_DESCRIBED) String name,
            @Text(minLength = 1, maxLength = 200) String model,
            @Text(pattern = "[a-z0-9][a-z0-9._/:@-]{0,254}",
                    describe = "a container image reference such as registry.example/ship-detect:1.2") String image,
            @Range(min = 0, max = 4096, minExclusive = true, unit = "GiB") Double memoryGiB,
            @Range(min = 0, max = 1e6, unit = "TOPS") Double computeTops,
            @Range(min = 1, max = 1000) Integer replicas,
            @Range(min = 0, max = 3_600_000, minExclusive = true, unit = "ms") Double latencySloMs,
            DataSourceDto source,
            @Opt @Range(min = 0, max = 1e6, unit = "Mbit/s") Double inputDataRateMbps,
            @Opt @Range(min = 1, max = 1000) Integer priority,
            @Opt @Text(minLength = 1, maxLength = 100) String pinnedSatellite,
            @Opt List<String> antiAffinity) {
    }

    /**
     * Data source of a workload.
     *
     * @param kind kind of source
     * @param satellite sensor satellite for kind {@code satellite}
     */
    public record DataSourceDto(Kind kind, @Opt @Text(minLength = 1, maxLength = 100) String satellite) {
    }
}
