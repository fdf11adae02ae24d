package io.skyrack.core.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.validation.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orekit.errors.OrekitException;
import org.orekit.propagation.analytical.tle.TLE;

class TleImportTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final TleImport IMPORT = new TleImport(OREKIT);

    static String resource(String name) {
        try (InputStream in = TleImportTest.class.getResourceAsStream("/design/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> REAL = resource("real.tle").lines().toList();

    @Test
    void readsRealThreeLineSets() {
        ImportedElements r = IMPORT.read(resource("real.tle"));
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(new TleEntry("ISS (ZARYA)", REAL.get(1), REAL.get(2)),
                new TleEntry("STARLINK-1007", REAL.get(5), REAL.get(6))), r.entries());
        // Orekit reads what was imported
        for (TleEntry e : r.entries()) {
            assertTrue(TLE.isFormatOK(e.line1(), e.line2()));
        }
    }

    @Test
    void publishedChecksumsAgree() {
        for (int k : new int[] {1, 2, 5, 6}) {
            String line = REAL.get(k);
            assertEquals(line.charAt(68) - '0', TleImport.checksum(line), line);
        }
    }

    @Test
    void toleratesCrlfBlankLinesTrailingSpacesAndSetsWithoutNames() {
        assertEquals("ISS (ZARYA)", IMPORT.read(resource("iss-crlf.tle")).entries().get(0).name());
        String text = "\n\n" + REAL.get(1) + "   \r\n" + REAL.get(2) + "\r\r\n" + REAL.get(5) + "\n" + REAL.get(6);
        ImportedElements r = IMPORT.read(text);
        assertEquals(List.of(), r.findings());
        assertEquals(List.of("NORAD 25544", "NORAD 44713"), r.entries().stream().map(TleEntry::name).toList());
        assertEquals(REAL.get(1), r.entries().get(0).line1());
    }

    static Stream<Arguments> corruptions() {
        return Stream.of(
                // line index in real.tle, corruption, code, expected line and column of the finding
                Arguments.of(1, edit(68, '8'), "tle.checksum", 2, 69, true),
                Arguments.of(5, withChecksum(edit(0, '3')), "tle.line-number", 6, 1, true),
                Arguments.of(2, (UnaryOperator<String>) s -> s.substring(0, 68), "tle.length", 3, 69, true),
                Arguments.of(2, (UnaryOperator<String>) s -> s + "7", "tle.length", 3, 70, true),
                Arguments.of(2, withChecksum(edit(6, '5')), "tle.catalog-mismatch", 3, 3, false),
                Arguments.of(2, withChecksum(edit(28, 'O')), "tle.field", 3, 27, true),
                Arguments.of(1, withChecksum(edit(20, 'x')), "tle.field", 2, 19, true),
                Arguments.of(6, withChecksum(edit(16, '0')), "tle.field", 7, 17, true));
    }

    @ParameterizedTest
    @MethodSource("corruptions")
    void corruptRecordIsReportedAtItsLineAndColumnAndTheOtherImports(int index, UnaryOperator<String> corrupt,
                                                                      String code, int line, int column,
                                                                      boolean orekitChecksIt) {
        String[] lines = REAL.toArray(String[]::new);
        lines[index] = corrupt.apply(lines[index]);
        ImportedElements r = IMPORT.read(String.join("\n", lines));
        Finding f = r.findings().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(r.findings().toString()));
        assertTrue(f.isError());
        assertEquals(line, f.line(), f.toString());
        assertEquals(column, f.column(), f.toString());
        assertEquals(index < 4 ? "/0" : "/1", f.path().substring(0, 2));
        // the good record still imports
        assertEquals(1, r.entries().size(), r.findings().toString());
        assertEquals(index < 4 ? "STARLINK-1007" : "ISS (ZARYA)", r.entries().get(0).name());
        // Orekit's own check rejects the corrupted record too (it does not compare the catalogue numbers)
        int first = index < 4 ? 1 : 5;
        assertEquals(orekitChecksIt, orekitRejects(lines[first], lines[first + 1]));
    }

    @Test
    void incompleteRecordsAreReportedAndDoNotSwallowTheirNeighbours() {
        String text = "LONELY NAME\n" + REAL.get(0) + "\n" + REAL.get(1) + "\n" + "ORPHAN\n" + REAL.get(2) + "\n"
                + REAL.get(4) + "\n" + REAL.get(5) + "\n" + REAL.get(6);
        ImportedElements r = IMPORT.read(text);
        assertEquals(List.of("STARLINK-1007"), r.entries().stream().map(TleEntry::name).toList());
        List<String> where = r.findings().stream().map(f -> f.code() + "@" + f.line() + ":" + f.column()).toList();
        assertEquals(List.of("tle.incomplete@1:1", "tle.incomplete@3:1", "tle.incomplete@5:1"), where);
    }

    @Test
    void duplicateNamesAreMadeUniqueWithAWarning() {
        String set = String.join("\n", REAL.subList(0, 3));
        ImportedElements r = IMPORT.read(set + "\n" + set);
        assertEquals(List.of("ISS (ZARYA)", "ISS (ZARYA) (2)"), r.entries().stream().map(TleEntry::name).toList());
        assertEquals(1, r.findings().size());
        assertEquals("tle.duplicate-name", r.findings().get(0).code());
        assertEquals(4, r.findings().get(0).line());
        assertFalse(r.hasErrors());
    }

    @Test
    void emptyTextIsAnError() {
        ImportedElements r = IMPORT.read(" \n\r\n");
        assertTrue(r.hasErrors());
        assertEquals("tle.empty", r.findings().get(0).code());
    }

    @Test
    void garbageNeverThrows() {
        java.util.Random rnd = new java.util.Random(42);
        for (int n = 0; n < 300; n++) {
            char[] c = String.join("\n", REAL).toCharArray();
            for (int k = 0; k < 3; k++) {
                c[rnd.nextInt(c.length)] = (char) (32 + rnd.nextInt(95));
            }
            ImportedElements r = IMPORT.read(new String(c));
            assertTrue(r.entries().size() + r.findings().size() > 0);
            for (TleEntry e : r.entries()) {
                assertTrue(TLE.isFormatOK(e.line1(), e.line2()), e.toString());
            }
        }
    }

    private static boolean orekitRejects(String line1, String line2) {
        try {
            return !TLE.isFormatOK(line1, line2);
        } catch (OrekitException e) {
            return true;
        }
    }

    private static UnaryOperator<String> edit(int index, char c) {
        return s -> s.substring(0, index) + c + s.substring(index + 1);
    }

    private static UnaryOperator<String> withChecksum(UnaryOperator<String> op) {
        return s -> {
            String t = op.apply(s);
            return t.substring(0, 68) + TleImport.checksum(t);
        };
    }
}
