package io.skyrack.core.design;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.validation.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;

/**
 * Reads two-line element sets from text: three-line sets (a name line, then lines 1 and 2), two-line sets
 * without a name, or a mix, with blank lines, CRLF or CR line ends and trailing spaces tolerated. A name
 * line may carry Space-Track's {@code "0 "} prefix, which is dropped.
 *
 * <p>Each record is checked field by field against the fixed-column format (line number, length of 69
 * characters, modulo-10 checksum, the catalogue number repeated on both lines, the character classes of
 * every field) and every problem is reported with its line and column; then Orekit's {@link
 * TLE#isFormatOK} and {@link TLE} constructor check the lines independently. Records with errors are left
 * out, the others are imported. A set without a name is named {@code "NORAD <catalogue number>"}; a name
 * seen before gets a suffix {@code " (2)"}, {@code " (3)"}, … and a warning, since satellite names must be
 * unique in a plan. Thread-safe; fast enough to run on every keystroke for files of a few thousand sets.
 */
public final class TleImport {

    /** Characters of a TLE line. */
    public static final int LINE_LENGTH = 69;

    private static final Pattern LINE_SPLIT = Pattern.compile("\\r\\n|\\r|\\n");

    /** A fixed-column field: 0-based start, exclusive end, what it is, the characters it allows. */
    private record Field(int start, int end, String name, Pattern pattern) {
        Field(int start, int end, String name, String regex) {
            this(start, end, name, Pattern.compile(regex));
        }
    }

    private static final String CATALOG = "[ 0-9A-Z&&[^IO]][ 0-9]{4}";
    private static final String ANGLE = "[ 0-9]{3}[.][ 0-9]{4}";

    /** The fields of line 1 after the line number, as Orekit's format check defines them. */
    private static final List<Field> LINE1 = List.of(
            new Field(1, 2, "separator", " "),
            new Field(2, 7, "satellite catalogue number", CATALOG),
            new Field(7, 8, "classification", "[A-Z]"),
            new Field(8, 9, "separator", " "),
            new Field(9, 17, "international designator", "[ 0-9]{5}[ A-Z]{3}"),
            new Field(17, 18, "separator", " "),
            new Field(18, 32, "epoch", "[ 0-9]{5}[.][ 0-9]{8}"),
            new Field(32, 33, "separator", " "),
            new Field(33, 43, "first derivative of the mean motion", "[ 0+-][.][ 0-9]{8}| [ +-][.][ 0-9]{7}"),
            new Field(43, 44, "separator", " "),
            new Field(44, 52, "second derivative of the mean motion", "[ +-][ 0-9]{5}[+-][ 0-9]"),
            new Field(52, 53, "separator", " "),
            new Field(53, 61, "B* drag term", "[ +-][ 0-9]{5}[+-][ 0-9]"),
            new Field(61, 62, "separator", " "),
            new Field(62, 63, "ephemeris type", "[ 0-9]"),
            new Field(63, 64, "separator", " "),
            new Field(64, 68, "element set number", "[ 0-9]{4}"));

    /** The fields of line 2 after the line number. */
    private static final List<Field> LINE2 = List.of(
            new Field(1, 2, "separator", " "),
            new Field(2, 7, "satellite catalogue number", CATALOG),
            new Field(7, 8, "separator", " "),
            new Field(8, 16, "inclination", ANGLE),
            new Field(16, 17, "separator", " "),
            new Field(17, 25, "right ascension of the ascending node", ANGLE),
            new Field(25, 26, "separator", " "),
            new Field(26, 33, "eccentricity", "[ 0-9]{7}"),
            new Field(33, 34, "separator", " "),
            new Field(34, 42, "argument of perigee", ANGLE),
            new Field(42, 43, "separator", " "),
            new Field(43, 51, "mean anomaly", ANGLE),
            new Field(51, 52, "separator", " "),
            new Field(52, 63, "mean motion", "[ 0-9]{2}[.][ 0-9]{8}"),
            new Field(63, 68, "revolution number at epoch", "[ 0-9]{5}"));

    private final OrekitContext orekit;

    /** @param orekit Orekit data (for the UTC time scale of the epochs) */
    public TleImport(OrekitContext orekit) {
        this.orekit = orekit;
    }

    /** Kind of a non-blank line. */
    private enum Kind { NAME, LINE1, LINE2, OTHER_DATA }

    /** A non-blank line with its 1-based number. */
    private record Line(int number, String text, Kind kind) {
    }

    /**
     * @param text the file's text
     * @return the element sets and the problems found
     */
    public ImportedElements read(String text) {
        List<Line> lines = new ArrayList<>();
        String[] raw = LINE_SPLIT.split(text, -1);
        for (int i = 0; i < raw.length; i++) {
            String s = stripTrailing(i == 0 && raw[i].startsWith("\uFEFF") ? raw[i].substring(1) : raw[i]);
            if (!s.isBlank()) {
                lines.add(new Line(i + 1, s, kind(s)));
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<TleEntry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int record = 0;
        for (int i = 0; i < lines.size(); record++) {
            Line name = null;
            if (lines.get(i).kind() == Kind.NAME) {
                name = lines.get(i++);
            }
            // a record has up to two data lines; a line 1 always starts a new record
            List<Line> data = new ArrayList<>(2);
            while (i < lines.size() && lines.get(i).kind() != Kind.NAME && data.size() < 2
                    && (data.isEmpty() || lines.get(i).kind() != Kind.LINE1)) {
                data.add(lines.get(i++));
            }
            String ptr = "/" + record;
            List<Finding> problems = new ArrayList<>();
            if (data.size() < 2) {
                problems.add(incomplete(ptr, name, data));
            } else {
                check(ptr, data.get(0), data.get(1), problems);
            }
            findings.addAll(problems);
            if (problems.stream().noneMatch(Finding::isError)) {
                String line1 = data.get(0).text();
                String line2 = data.get(1).text();
                String n = name != null ? stripName(name.text()) : "NORAD " + line1.substring(2, 7).trim();
                int count = seen.merge(n, 1, Integer::sum);
                if (count > 1) {
                    Line at = name != null ? name : data.get(0);
                    String renamed = n + " (" + count + ")";
                    findings.add(Finding.warning(ptr + "/name", "tle.duplicate-name", "the name '" + n
                            + "' appears more than once; this set is imported as '" + renamed + "'")
                            .at(at.number(), 1));
                    n = renamed;
                }
                entries.add(new TleEntry(n, line1, line2));
            }
        }
        if (lines.isEmpty()) {
            findings.add(Finding.error("", "tle.empty", "the text holds no element set").at(1, 1));
        }
        return new ImportedElements(entries, findings);
    }

    private static Finding incomplete(String ptr, Line name, List<Line> data) {
        if (data.isEmpty()) {
            return Finding.error(ptr, "tle.incomplete", "'" + stripName(name.text())
                    + "' is not followed by the two lines of an element set").at(name.number(), 1);
        }
        Line only = data.get(0);
        boolean isFirst = only.kind() == Kind.LINE1;
        return Finding.error(ptr + (isFirst ? "/line2" : "/line1"), "tle.incomplete", isFirst
                ? "line 1 of an element set is not followed by its line 2"
                : "this line is not preceded by line 1 of an element set").at(only.number(), 1);
    }

    /** Checks the two lines of a record: line numbers, lengths, fields, checksums, then Orekit's parser. */
    private void check(String ptr, Line l1, Line l2, List<Finding> out) {
        int before = out.size();
        checkLine(ptr + "/line1", l1, '1', LINE1, out);
        checkLine(ptr + "/line2", l2, '2', LINE2, out);
        if (out.size() > before) {
            return;
        }
        String a = l1.text();
        String b = l2.text();
        if (!a.substring(2, 7).equals(b.substring(2, 7))) {
            out.add(Finding.error(ptr + "/line2", "tle.catalog-mismatch", "the catalogue number '"
                    + b.substring(2, 7).trim() + "' differs from line 1's '" + a.substring(2, 7).trim() + "'")
                    .at(l2.number(), 3));
            return;
        }
        // the independent check: Orekit's format test and parser
        TLE tle;
        try {
            if (!TLE.isFormatOK(a, b)) {
                out.add(Finding.error(ptr, "tle.format", "Orekit rejects the format of this element set")
                        .at(l1.number(), 1));
                return;
            }
            tle = new TLE(a, b, orekit.utc());
        } catch (OrekitException e) {
            out.add(Finding.error(ptr, "tle.parse", "the element set cannot be read: " + e.getMessage())
                    .at(l1.number(), 1));
            return;
        }
        if (!(tle.getMeanMotion() > 0)) {
            out.add(Finding.error(ptr + "/line2", "tle.range", "the mean motion must be greater than 0 rev/day")
                    .at(l2.number(), 53));
        }
        double inclinationDeg = Math.toDegrees(tle.getI());
        if (inclinationDeg > 180) {
            out.add(Finding.error(ptr + "/line2", "tle.range", String.format(Locale.ROOT,
                    "the inclination %.4f° is above 180°", inclinationDeg)).at(l2.number(), 9));
        }
    }

    private static void checkLine(String ptr, Line line, char number, List<Field> fields, List<Finding> out) {
        String s = line.text();
        int n = line.number();
        if (s.charAt(0) != number) {
            out.add(Finding.error(ptr, "tle.line-number", "expected line " + number + " of the element set to start "
                    + "with '" + number + "', found '" + s.charAt(0) + "'").at(n, 1));
        }
        if (s.length() != LINE_LENGTH) {
            out.add(Finding.error(ptr, "tle.length", "the line has " + s.length() + " characters; a TLE line has "
                    + LINE_LENGTH).at(n, Math.min(s.length(), LINE_LENGTH) + 1));
        }
        for (Field f : fields) {
            if (f.end() > s.length()) {
                break;
            }
            String value = s.substring(f.start(), f.end());
            if (!f.pattern().matcher(value).matches()) {
                out.add(Finding.error(ptr, "tle.field", f.name().equals("separator")
                        ? "expected a space in column " + (f.start() + 1) + ", found '" + value + "'"
                        : "the " + f.name() + " '" + value + "' (columns " + (f.start() + 1) + "–" + f.end()
                                + ") is not in the TLE format").at(n, f.start() + 1));
            }
        }
        if (s.length() >= LINE_LENGTH) {
            int expected = checksum(s);
            char given = s.charAt(LINE_LENGTH - 1);
            if (given != (char) ('0' + expected)) {
                out.add(Finding.error(ptr, "tle.checksum", "the checksum is '" + given + "' but the line's digits and "
                        + "minus signs add up to " + expected + " (modulo 10)").at(n, LINE_LENGTH));
            }
        }
    }

    /**
     * @param line a TLE line of at least 68 characters
     * @return the modulo-10 checksum of its first 68 characters: the sum of the digits, with 1 for each minus
     *     sign, modulo 10
     */
    public static int checksum(String line) {
        int sum = 0;
        for (int k = 0; k < LINE_LENGTH - 1; k++) {
            char c = line.charAt(k);
            if (c >= '0' && c <= '9') {
                sum += c - '0';
            } else if (c == '-') {
                sum += 1;
            }
        }
        return sum % 10;
    }

    private static Kind kind(String s) {
        if (s.length() >= 2 && s.charAt(1) == ' ') {
            char c = s.charAt(0);
            if (c == '1') {
                return Kind.LINE1;
            }
            if (c == '2') {
                return Kind.LINE2;
            }
            if (c >= '3' && c <= '9' && s.length() >= 60) {
                return Kind.OTHER_DATA;
            }
        }
        return Kind.NAME;
    }

    private static String stripName(String s) {
        return (s.startsWith("0 ") ? s.substring(2) : s).strip();
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
            end--;
        }
        return s.substring(0, end);
    }
}
