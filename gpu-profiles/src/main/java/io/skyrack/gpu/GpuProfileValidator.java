package io.skyrack.gpu;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a parsed profile file and collects every problem, each with a JSON Pointer.
 *
 * <p>One instance checks one file; the checks run in file order so the findings come out in a
 * stable order.
 */
final class GpuProfileValidator {

    /** Format version this reader understands. */
    static final int FORMAT_VERSION = 1;

    /** Shape of a catalog id: lowercase letters, digits, dots and dashes. */
    static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9][a-z0-9.-]*");

    /** Lowest plausible junction temperature (°C): the usual military storage limit. */
    static final double MIN_PLAUSIBLE_C = -55.0;

    /** Highest plausible junction temperature (°C); silicon limits sit well below it. */
    static final double MAX_PLAUSIBLE_C = 200.0;

    /**
     * Largest accepted gap between a stored derived figure and the rule value (TOPS or TFLOPS):
     * derived figures are stored rounded to 0.01.
     */
    static final double DERIVED_TOLERANCE = 0.01;

    /** Profile-level fields that may be {@code null} when unpublished, with their getters. */
    private static final Map<String, Function<ProfileDocument, Double>> NULLABLE_PROFILE_FIELDS;

    /** Per-mode fields that may be {@code null} when unpublished, with their getters. */
    private static final Map<String, Function<ProfileDocument.Mode, Double>> NULLABLE_MODE_FIELDS;

    static {
        Map<String, Function<ProfileDocument, Double>> profileFields = new LinkedHashMap<>();
        profileFields.put("idlePowerW", ProfileDocument::idlePowerW);
        profileFields.put("memoryBandwidthGBps", ProfileDocument::memoryBandwidthGBps);
        profileFields.put("junctionThrottleC", ProfileDocument::junctionThrottleC);
        profileFields.put("junctionShutdownC", ProfileDocument::junctionShutdownC);
        profileFields.put("junctionToCaseKPerW", ProfileDocument::junctionToCaseKPerW);
        profileFields.put("massKg", ProfileDocument::massKg);
        NULLABLE_PROFILE_FIELDS = Map.copyOf(profileFields);
        Map<String, Function<ProfileDocument.Mode, Double>> modeFields = new LinkedHashMap<>();
        modeFields.put("int8SparseTops", ProfileDocument.Mode::int8SparseTops);
        modeFields.put("int8DenseTops", ProfileDocument.Mode::int8DenseTops);
        modeFields.put("fp16Tflops", ProfileDocument.Mode::fp16Tflops);
        NULLABLE_MODE_FIELDS = Map.copyOf(modeFields);
    }

    /** Field names, in file order, that {@code unpublished} may list. */
    static final List<String> UNPUBLISHABLE_FIELDS = List.of(
            "int8SparseTops", "int8DenseTops", "fp16Tflops", "idlePowerW", "memoryBandwidthGBps",
            "junctionThrottleC", "junctionShutdownC", "junctionToCaseKPerW", "massKg");

    private static final List<String> MODE_FIGURES =
            List.of("int8SparseTops", "int8DenseTops", "fp16Tflops");

    private final String fileName;
    private final List<CatalogFinding> findings = new ArrayList<>();

    /**
     * Creates a validator for one file.
     *
     * @param fileName name used to prefix finding messages
     */
    GpuProfileValidator(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Runs every check on a document.
     *
     * @param document the parsed file
     * @return all findings, empty when the document is a valid profile
     */
    List<CatalogFinding> validate(ProfileDocument document) {
        if (document == null) {
            report("", "the file holds null instead of a profile object");
            return List.copyOf(findings);
        }
        checkHeader(document);
        List<ProfileDocument.Mode> modes = checkModes(document.powerModes());
        checkDerivedThroughput(modes);
        checkIdlePower(document.idlePowerW(), modes);
        checkPositive("/memoryGiB", "memoryGiB", document.memoryGiB());
        checkOptionalPositive("/memoryBandwidthGBps", "memoryBandwidthGBps",
                document.memoryBandwidthGBps());
        checkTemperatures(document.junctionThrottleC(), document.junctionShutdownC());
        checkJunctionToCase(document.junctionToCaseKPerW());
        checkOptionalPositive("/massKg", "massKg", document.massKg());
        checkSources(document.sources());
        checkUnpublished(document, modes);
        if (document.notes() == null) {
            report("/notes", "notes must be a string (use \"\" for none)");
        }
        return List.copyOf(findings);
    }

    private void checkHeader(ProfileDocument document) {
        if (document.formatVersion() != FORMAT_VERSION) {
            report("/formatVersion", "formatVersion must be " + FORMAT_VERSION + ", got "
                    + document.formatVersion());
        }
        if (document.id() == null || !ID_PATTERN.matcher(document.id()).matches()) {
            report("/id", "id must match " + ID_PATTERN.pattern() + " (lowercase letters, digits,"
                    + " dots, dashes), got " + quoted(document.id()));
        }
        checkText("/name", "name", document.name());
        checkText("/vendor", "vendor", document.vendor());
        checkText("/formFactor", "formFactor", document.formFactor());
    }

    /** Checks each mode; returns the modes, or an empty list when there are none to check. */
    private List<ProfileDocument.Mode> checkModes(List<ProfileDocument.Mode> modes) {
        if (modes == null || modes.isEmpty()) {
            report("/powerModes", "at least one power mode is required");
            return List.of();
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < modes.size(); i++) {
            String at = "/powerModes/" + i;
            ProfileDocument.Mode mode = modes.get(i);
            if (mode == null) {
                report(at, "power mode must be an object, got null");
                continue;
            }
            checkText(at + "/name", "mode name", mode.name());
            if (mode.name() != null && !names.add(mode.name())) {
                report(at + "/name", "mode name " + quoted(mode.name()) + " is used twice");
            }
            checkPositive(at + "/powerW", "powerW", mode.powerW());
            for (String figure : MODE_FIGURES) {
                Double value = NULLABLE_MODE_FIELDS.get(figure).apply(mode);
                if (value != null && !(Double.isFinite(value) && value >= 0.0)) {
                    report(at + "/" + figure, figure + " must be zero or more, got " + value);
                }
            }
            if (mode.int8SparseTops() != null && mode.int8DenseTops() != null
                    && mode.int8DenseTops() > mode.int8SparseTops()) {
                report(at + "/int8DenseTops", "int8DenseTops " + mode.int8DenseTops()
                        + " exceeds int8SparseTops " + mode.int8SparseTops()
                        + "; sparsity never lowers peak throughput");
            }
        }
        return modes;
    }

    /** Checks that derived modes follow {@link ThroughputRule} from the top mode. */
    private void checkDerivedThroughput(List<ProfileDocument.Mode> modes) {
        int top = topModeIndex(modes);
        if (top < 0) {
            return;
        }
        ProfileDocument.Mode topMode = modes.get(top);
        if (topMode.throughputDerived()) {
            report("/powerModes/" + top + "/throughputDerived", "the highest-power mode carries"
                    + " the published figures and cannot be marked throughputDerived");
            return;
        }
        for (int i = 0; i < modes.size(); i++) {
            ProfileDocument.Mode mode = modes.get(i);
            if (i == top || mode == null || !mode.throughputDerived() || !isPositive(mode.powerW())) {
                continue;
            }
            for (String figure : MODE_FIGURES) {
                Function<ProfileDocument.Mode, Double> getter = NULLABLE_MODE_FIELDS.get(figure);
                Double value = getter.apply(mode);
                Double topValue = getter.apply(topMode);
                String at = "/powerModes/" + i + "/" + figure;
                if (value == null) {
                    continue;
                }
                if (topValue == null) {
                    report(at, figure + " is marked derived but the top mode "
                            + quoted(topMode.name()) + " has no " + figure + " to derive it from");
                    continue;
                }
                double expected =
                        ThroughputRule.scaleToMode(topValue, topMode.powerW(), mode.powerW());
                if (Math.abs(value - expected) > DERIVED_TOLERANCE) {
                    report(at, String.format(Locale.ROOT, "derived %s %.4f differs from"
                            + " the rule value %.4f (top-mode figure x powerW / top-mode powerW)",
                            figure, value, expected));
                }
            }
        }
    }

    private void checkIdlePower(Double idlePowerW, List<ProfileDocument.Mode> modes) {
        if (idlePowerW == null) {
            return;
        }
        if (!(Double.isFinite(idlePowerW) && idlePowerW >= 0.0)) {
            report("/idlePowerW", "idlePowerW must be zero or more, got " + idlePowerW);
            return;
        }
        double lowest = modes.stream()
                .filter(m -> m != null && isPositive(m.powerW()))
                .mapToDouble(ProfileDocument.Mode::powerW)
                .min()
                .orElse(Double.NaN);
        if (!Double.isNaN(lowest) && idlePowerW >= lowest) {
            report("/idlePowerW", "idlePowerW " + idlePowerW
                    + " must be below the lowest mode power " + lowest);
        }
    }

    private void checkTemperatures(Double throttleC, Double shutdownC) {
        boolean throttleOk = checkTemperature("/junctionThrottleC", "junctionThrottleC", throttleC);
        boolean shutdownOk = checkTemperature("/junctionShutdownC", "junctionShutdownC", shutdownC);
        if (throttleOk && shutdownOk && throttleC != null && shutdownC != null
                && throttleC >= shutdownC) {
            report("/junctionThrottleC", "junctionThrottleC " + throttleC
                    + " must be below junctionShutdownC " + shutdownC);
        }
    }

    private boolean checkTemperature(String at, String field, Double celsius) {
        if (celsius == null) {
            return true;
        }
        if (!(Double.isFinite(celsius) && celsius >= MIN_PLAUSIBLE_C
                && celsius <= MAX_PLAUSIBLE_C)) {
            report(at, field + " " + celsius + " is outside the plausible band "
                    + MIN_PLAUSIBLE_C + " to " + MAX_PLAUSIBLE_C + " degC");
            return false;
        }
        return true;
    }

    private void checkJunctionToCase(Double kelvinPerWatt) {
        if (kelvinPerWatt != null && !(Double.isFinite(kelvinPerWatt) && kelvinPerWatt >= 0.0)) {
            report("/junctionToCaseKPerW",
                    "junctionToCaseKPerW must be zero or more, got " + kelvinPerWatt);
        }
    }

    private void checkSources(List<ProfileDocument.Reference> sources) {
        if (sources == null || sources.isEmpty()) {
            report("/sources", "at least one source with a URL is required");
            return;
        }
        int withUrl = 0;
        for (int i = 0; i < sources.size(); i++) {
            String at = "/sources/" + i;
            ProfileDocument.Reference source = sources.get(i);
            if (source == null) {
                report(at, "source must be an object, got null");
                continue;
            }
            checkText(at + "/title", "source title", source.title());
            checkText(at + "/covers", "source covers", source.covers());
            if (source.url() != null) {
                if (isWebAddress(source.url())) {
                    withUrl++;
                } else {
                    report(at + "/url", "url must be an absolute http or https address, got "
                            + quoted(source.url()));
                }
            }
        }
        if (withUrl == 0) {
            report("/sources", "at least one source must carry a URL");
        }
    }

    /** Checks that {@code unpublished} and the null figures name the same fields. */
    private void checkUnpublished(ProfileDocument document, List<ProfileDocument.Mode> modes) {
        List<String> listed = document.unpublished();
        if (listed == null) {
            report("/unpublished", "unpublished must be a list (use [] when every figure is"
                    + " published)");
            listed = List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < listed.size(); j++) {
            String at = "/unpublished/" + j;
            String field = listed.get(j);
            if (field == null || !UNPUBLISHABLE_FIELDS.contains(field)) {
                report(at, quoted(field) + " is not a field that may be unpublished; allowed: "
                        + String.join(", ", UNPUBLISHABLE_FIELDS));
            } else if (!seen.add(field)) {
                report(at, quoted(field) + " is listed twice");
            } else if (NULLABLE_PROFILE_FIELDS.containsKey(field)) {
                if (NULLABLE_PROFILE_FIELDS.get(field).apply(document) != null) {
                    report(at, field + " is listed as unpublished but has a value");
                }
            } else if (modes.stream().anyMatch(
                    m -> m != null && NULLABLE_MODE_FIELDS.get(field).apply(m) != null)) {
                report(at, field + " is listed as unpublished but a power mode has a value");
            }
        }
        for (String field : UNPUBLISHABLE_FIELDS) {
            if (seen.contains(field)) {
                continue;
            }
            if (NULLABLE_PROFILE_FIELDS.containsKey(field)) {
                if (NULLABLE_PROFILE_FIELDS.get(field).apply(document) == null) {
                    report("/" + field, field + " is null but not listed in unpublished");
                }
                continue;
            }
            for (int i = 0; i < modes.size(); i++) {
                ProfileDocument.Mode mode = modes.get(i);
                if (mode != null && NULLABLE_MODE_FIELDS.get(field).apply(mode) == null) {
                    report("/powerModes/" + i + "/" + field,
                            field + " is null but not listed in unpublished");
                }
            }
        }
    }

    private static int topModeIndex(List<ProfileDocument.Mode> modes) {
        int top = -1;
        for (int i = 0; i < modes.size(); i++) {
            ProfileDocument.Mode mode = modes.get(i);
            if (mode != null && isPositive(mode.powerW())
                    && (top < 0 || mode.powerW() > modes.get(top).powerW())) {
                top = i;
            }
        }
        return top;
    }

    private void checkText(String at, String what, String value) {
        if (value == null || value.isBlank()) {
            report(at, what + " must be a non-blank string");
        }
    }

    private void checkPositive(String at, String field, double value) {
        if (!isPositive(value)) {
            report(at, field + " must be positive and finite, got " + value);
        }
    }

    private void checkOptionalPositive(String at, String field, Double value) {
        if (value != null) {
            checkPositive(at, field, value);
        }
    }

    private static boolean isPositive(double value) {
        return Double.isFinite(value) && value > 0.0;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    private void report(String pointer, String text) {
        findings.add(new CatalogFinding(pointer, fileName + ": " + text));
    }
}
