package io.skyrack.core.design;

import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.validation.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

/**
 * Turns the fields of one OMM record with SGP4 mean elements (CelesTrak's GP data, JSON or XML) into a TLE
 * entry: an Orekit {@link TLE} is built from the fields and formatted to its two lines. CelesTrak's OMM
 * hold exactly the numbers of its TLEs, so nothing is lost but the TLE format's rounding.
 *
 * <p>Units of the fields, as CelesTrak and CCSDS 502.0-B-3 give them: MEAN_MOTION rev/day; angles in
 * degrees; BSTAR 1/Earth radii; MEAN_MOTION_DOT in rev/day² and MEAN_MOTION_DDOT in rev/day³ as the TLE
 * fields hold them (ṅ/2 and n̈/6).
 */
final class OmmRecordConverter {

    /** One field value as read, with its place in the text. */
    record Value(String text, int line, int column) {
    }

    /** Required fields: without any of them the record is not usable. */
    static final List<String> REQUIRED = List.of("NORAD_CAT_ID", "EPOCH", "MEAN_MOTION", "ECCENTRICITY",
            "INCLINATION", "RA_OF_ASC_NODE", "ARG_OF_PERICENTER", "MEAN_ANOMALY", "BSTAR");

    /** rev/day → rad/s. */
    private static final double REV_PER_DAY = 2 * Math.PI / 86_400.0;
    /** TLE field of the first derivative (rev/day², ṅ/2) → Orekit's ṅ (rad/s²), as Orekit's TLE reader. */
    private static final double NDOT = Math.PI / 1.86624e9;
    /** TLE field of the second derivative (rev/day³, n̈/6) → Orekit's n̈ (rad/s³), as Orekit's TLE reader. */
    private static final double NDDOT = Math.PI / 5.3747712e13;
    private static final Pattern OBJECT_ID = Pattern.compile("(\\d{4})-(\\d{3})([A-Z]{1,3})");

    private final TimeScale utc;
    private final List<Finding> findings;
    private final String ptr;
    private final Map<String, Value> fields;
    private final int recordLine;
    private final int recordColumn;
    private boolean bad;

    /**
     * @param utc UTC time scale
     * @param findings where problems go
     * @param ptr JSON Pointer of the record
     * @param fields the record's fields by name
     * @param recordLine line of the record's start
     * @param recordColumn column of the record's start
     */
    OmmRecordConverter(TimeScale utc, List<Finding> findings, String ptr, Map<String, Value> fields, int recordLine,
                       int recordColumn) {
        this.utc = utc;
        this.findings = findings;
        this.ptr = ptr;
        this.fields = fields;
        this.recordLine = recordLine;
        this.recordColumn = recordColumn;
    }

    /** @return the entry, or empty when the record has errors (reported) */
    Optional<TleEntry> convert() {
        for (String f : REQUIRED) {
            if (!fields.containsKey(f)) {
                error(f, null, "omm.missing", "the record has no " + f);
            }
        }
        int satellite = integer("NORAD_CAT_ID", 0, 0, 339_999);
        String label = "NORAD " + satellite;
        String name = fields.containsKey("OBJECT_NAME") ? fields.get("OBJECT_NAME").text().strip() : label;
        if (name.isEmpty()) {
            name = label;
        }
        AbsoluteDate epoch = epoch();
        double n = number("MEAN_MOTION", 0, 0.0, 100.0, true);
        double e = number("ECCENTRICITY", 0, 0.0, 1.0, true);
        double i = number("INCLINATION", 0, 0.0, 180.0, false);
        double raan = number("RA_OF_ASC_NODE", 0, 0.0, 360.0, false);
        double argp = number("ARG_OF_PERICENTER", 0, 0.0, 360.0, false);
        double m = number("MEAN_ANOMALY", 0, 0.0, 360.0, false);
        double bstar = number("BSTAR", 0, -1.0, 1.0, false);
        double ndot = number("MEAN_MOTION_DOT", 0, -1.0, 1.0, false);
        double nddot = number("MEAN_MOTION_DDOT", 0, -1.0, 1.0, false);
        int type = integer("EPHEMERIS_TYPE", 0, 0, 9);
        int setNumber = integer("ELEMENT_SET_NO", 999, 0, 9999);
        int revolutions = integer("REV_AT_EPOCH", 0, 0, 99_999);
        char classification = classification();
        int launchYear = 2000;
        int launchNumber = 0;
        String piece = "";
        Value id = fields.get("OBJECT_ID");
        if (id != null) {
            Matcher mt = OBJECT_ID.matcher(id.text().strip());
            if (mt.matches()) {
                launchYear = Integer.parseInt(mt.group(1));
                launchNumber = Integer.parseInt(mt.group(2));
                piece = mt.group(3);
            } else {
                findings.add(Finding.warning(ptr + "/OBJECT_ID", "omm.object-id", "'" + id.text()
                        + "' is not an international designator YYYY-NNNP; the TLE's designator is left at 00000")
                        .at(id.line(), id.column()));
            }
        }
        if (bad) {
            return Optional.empty();
        }
        try {
            TLE tle = new TLE(satellite, classification, launchYear, launchNumber, piece, type, setNumber, epoch,
                    n * REV_PER_DAY, ndot * NDOT, nddot * NDDOT, e, Math.toRadians(i), Math.toRadians(argp % 360),
                    Math.toRadians(raan % 360), Math.toRadians(m % 360), revolutions, bstar, utc);
            return Optional.of(new TleEntry(name, tle.getLine1(), tle.getLine2()));
        } catch (OrekitException ex) {
            findings.add(Finding.error(ptr, "omm.tle", "the elements do not fit a TLE: " + ex.getMessage())
                    .at(recordLine, recordColumn));
            return Optional.empty();
        }
    }

    private AbsoluteDate epoch() {
        Value v = fields.get("EPOCH");
        if (v == null) {
            return null;
        }
        String s = v.text().strip();
        if (s.endsWith("Z")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return new AbsoluteDate(s, utc);
        } catch (IllegalArgumentException | OrekitException ex) {
            error("EPOCH", v, "omm.epoch", "'" + v.text() + "' is not an ISO-8601 UTC date and time such as "
                    + "2024-01-31T12:00:00.000");
            return null;
        }
    }

    private char classification() {
        Value v = fields.get("CLASSIFICATION_TYPE");
        if (v == null) {
            return 'U';
        }
        String s = v.text().strip();
        if (s.length() != 1 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            error("CLASSIFICATION_TYPE", v, "omm.value", "'" + v.text() + "' is not a one-letter classification "
                    + "such as U");
            return 'U';
        }
        return s.charAt(0);
    }

    private double number(String field, double absent, double min, double max, boolean maxExclusive) {
        Value v = fields.get(field);
        if (v == null) {
            return absent;
        }
        double d;
        try {
            d = Double.parseDouble(v.text().strip());
        } catch (NumberFormatException ex) {
            error(field, v, "omm.number", "'" + v.text() + "' is not a number");
            return absent;
        }
        if (!Double.isFinite(d) || d < min || (maxExclusive ? d >= max : d > max)) {
            error(field, v, "omm.range", String.format(Locale.ROOT, "%s must be in [%s, %s%s; it is %s", field,
                    fmt(min), fmt(max), maxExclusive ? ")" : "]", v.text().strip()));
            return absent;
        }
        return d;
    }

    private int integer(String field, int absent, int min, int max) {
        Value v = fields.get(field);
        if (v == null) {
            return absent;
        }
        int k;
        try {
            k = Integer.parseInt(v.text().strip());
        } catch (NumberFormatException ex) {
            error(field, v, "omm.integer", "'" + v.text() + "' is not a whole number");
            return absent;
        }
        if (k < min || k > max) {
            error(field, v, "omm.range", field + " must be in [" + min + ", " + max + "]; it is " + k);
            return absent;
        }
        return k;
    }

    private void error(String field, Value at, String code, String message) {
        bad = true;
        Finding f = Finding.error(ptr + "/" + field, code, message);
        findings.add(at == null ? f.at(recordLine, recordColumn) : f.at(at.line(), at.column()));
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
