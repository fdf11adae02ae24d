package io.skyrack.core.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.bundle.CcsdsTestParsers;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.validation.Finding;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.orekit.data.DataSource;
import org.orekit.files.ccsds.ndm.Ndm;
import org.orekit.files.ccsds.ndm.NdmConstituent;
import org.orekit.files.ccsds.ndm.odm.omm.Omm;
import org.orekit.propagation.analytical.tle.TLE;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;

class OmmImportTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final OmmImport IMPORT = new OmmImport(OREKIT);
    private static final List<String> REAL = TleImportTest.resource("real.tle").lines().toList();
    /** Largest position difference accepted between two propagations of the same elements (m). */
    private static final double SAME_ORBIT = 1.0;

    @Test
    void celestrakJsonGivesThePublishedTle() {
        ImportedElements r = IMPORT.readJson(TleImportTest.resource("starlink-1007.json"));
        assertEquals(List.of(), r.findings());
        assertEquals(2, r.entries().size());
        // the ISS record holds the fields of the published set: the same two lines come out
        assertEquals(new TleEntry("ISS (ZARYA)", REAL.get(1), REAL.get(2)), r.entries().get(1));
        TleEntry s = r.entries().get(0);
        assertEquals("STARLINK-1007", s.name());
        TLE tle = new TLE(s.line1(), s.line2(), OREKIT.utc());
        assertEquals(44713, tle.getSatelliteNumber());
        assertEquals(15.06405436, tle.getMeanMotion() * 86_400 / (2 * Math.PI), 1e-8);
        assertEquals(0.0001911, tle.getE(), 1e-10);
        assertEquals(53.0559, Math.toDegrees(tle.getI()), 1e-9);
        assertEquals(0.00033293, tle.getBStar(), 1e-12);
        assertEquals(0.0, tle.getDate().durationFrom(new AbsoluteDate("2022-11-08T06:14:56.037120", OREKIT.utc())),
                1e-3);
    }

    @Test
    void celestrakXmlGivesTheSameAsJson() {
        ImportedElements xml = IMPORT.read(TleImportTest.resource("starlink-1007.xml"));
        assertEquals(List.of(), xml.findings());
        assertEquals(IMPORT.read(TleImportTest.resource("starlink-1007.json")).entries(), xml.entries());
    }

    @Test
    void orekitsOwnOmmReaderAgreesWithTheXmlImport() {
        String text = TleImportTest.resource("starlink-1007.xml");
        Ndm ndm = CcsdsTestParsers.parsers(OREKIT).buildNdmParser()
                .parseMessage(new DataSource("starlink-1007.xml", () -> new StringReader(text)));
        List<TleEntry> ours = IMPORT.readXml(text).entries();
        List<? extends NdmConstituent<?, ?>> omms = ndm.getConstituents();
        assertEquals(ours.size(), omms.size());
        for (int k = 0; k < ours.size(); k++) {
            TLE theirs = ((Omm) omms.get(k)).generateTLE();
            assertEquals(theirs.getLine2(), ours.get(k).line2());
            assertSameOrbit(theirs, new TLE(ours.get(k).line1(), ours.get(k).line2(), OREKIT.utc()));
        }
    }

    @Test
    void tleToOmmFieldsAndBackPropagatesTheSame() {
        TLE original = new TLE(REAL.get(5), REAL.get(6), OREKIT.utc());
        String json = String.format(Locale.ROOT, "[{\"OBJECT_NAME\": \"STARLINK-1007\", \"OBJECT_ID\": \"20%02d-%03d%s\", "
                        + "\"EPOCH\": \"%s\", \"MEAN_MOTION\": %.8f, \"ECCENTRICITY\": %.7f, \"INCLINATION\": %.4f, "
                        + "\"RA_OF_ASC_NODE\": %.4f, \"ARG_OF_PERICENTER\": %.4f, \"MEAN_ANOMALY\": %.4f, "
                        + "\"EPHEMERIS_TYPE\": 0, \"CLASSIFICATION_TYPE\": \"U\", \"NORAD_CAT_ID\": %d, "
                        + "\"ELEMENT_SET_NO\": %d, \"REV_AT_EPOCH\": %d, \"BSTAR\": %.5e, "
                        + "\"MEAN_MOTION_DOT\": %.8f, \"MEAN_MOTION_DDOT\": 0}]",
                original.getLaunchYear() % 100, original.getLaunchNumber(), original.getLaunchPiece(),
                original.getDate().toStringWithoutUtcOffset(OREKIT.utc(), 6),
                original.getMeanMotion() * 86_400 / (2 * Math.PI), original.getE(), Math.toDegrees(original.getI()),
                Math.toDegrees(original.getRaan()), Math.toDegrees(original.getPerigeeArgument()),
                Math.toDegrees(original.getMeanAnomaly()), original.getSatelliteNumber(),
                original.getElementNumber(), original.getRevolutionNumberAtEpoch(), original.getBStar(),
                original.getMeanMotionFirstDerivative() * 1.86624e9 / Math.PI);
        ImportedElements r = IMPORT.read(json);
        assertEquals(List.of(), r.findings());
        TleEntry back = r.entries().get(0);
        assertEquals(REAL.get(6), back.line2());
        assertSameOrbit(original, new TLE(back.line1(), back.line2(), OREKIT.utc()));
    }

    static Stream<Arguments> jsonCorruptions() {
        return Stream.of(
                // replace in the ISS record (the second), expected code, text whose position the finding names
                Arguments.of("\"ECCENTRICITY\": 0.0006703", "\"ECCENTRICITY\": 1.5", "omm.range", "1.5",
                        "/1/ECCENTRICITY"),
                Arguments.of("\"EPOCH\": \"2008-09-20T12:25:40.104192\"", "\"EPOCH\": \"yesterday\"", "omm.epoch",
                        "\"yesterday\"", "/1/EPOCH"),
                Arguments.of("\"MEAN_MOTION\": 15.72125391", "\"MEAN_MOTION\": \"fast\"", "omm.number", "\"fast\"",
                        "/1/MEAN_MOTION"),
                Arguments.of("\"NORAD_CAT_ID\": 25544", "\"NORAD_CAT_ID\": 25544.5", "omm.integer", "25544.5",
                        "/1/NORAD_CAT_ID"),
                Arguments.of("\"BSTAR\": -1.1606e-5,", "", "omm.missing", "{\n    \"OBJECT_NAME\": \"ISS",
                        "/1/BSTAR"),
                Arguments.of("\"INCLINATION\": 51.6416", "\"INCLINATION\": [51.6]", "omm.type", "[51.6]",
                        "/1/INCLINATION"));
    }

    @ParameterizedTest
    @MethodSource("jsonCorruptions")
    void badJsonFieldsAreLocatedAndTheOtherRecordImports(String from, String to, String code, String at,
                                                         String path) {
        String text = TleImportTest.resource("starlink-1007.json");
        int second = text.indexOf("},{");
        String bad = text.substring(0, second) + text.substring(second).replace(from, to);
        ImportedElements r = IMPORT.readJson(bad);
        Finding f = only(r, code);
        assertEquals(path, f.path());
        assertLocated(bad, bad.indexOf(at, second), f);
        assertEquals(List.of("STARLINK-1007"), r.entries().stream().map(TleEntry::name).toList());
    }

    @Test
    void jsonSyntaxErrorsAreLocated() {
        String text = TleImportTest.resource("starlink-1007.json").replace("\"EPHEMERIS_TYPE\": 0,\n    \"CLASS",
                "\"EPHEMERIS_TYPE\": 0\n    \"CLASS");
        ImportedElements r = IMPORT.readJson(text);
        Finding f = only(r, "json.syntax");
        assertEquals(12, f.line());
        assertTrue(r.entries().isEmpty());
        assertEquals("json.root", only(IMPORT.readJson("42"), "json.root").code());
        assertEquals("omm.none", only(IMPORT.readJson("[]"), "omm.none").code());
        assertEquals("omm.record", only(IMPORT.readJson("[1]"), "omm.record").code());
    }

    @Test
    void badXmlFieldsAreLocatedAndTheOtherRecordImports() {
        String text = TleImportTest.resource("starlink-1007.xml").replace("<INCLINATION>51.6416</INCLINATION>",
                "<INCLINATION>251.6416</INCLINATION>");
        ImportedElements r = IMPORT.readXml(text);
        Finding f = only(r, "omm.range");
        assertEquals("/1/INCLINATION", f.path());
        // the location is where the start tag ends
        assertLocated(text, text.indexOf("251.6416"), f);
        assertEquals(List.of("STARLINK-1007"), r.entries().stream().map(TleEntry::name).toList());

        String missing = TleImportTest.resource("starlink-1007.xml").replace("<NORAD_CAT_ID>44713</NORAD_CAT_ID>", "");
        Finding m = only(IMPORT.readXml(missing), "omm.missing");
        assertEquals("/0/NORAD_CAT_ID", m.path());
        assertEquals(3, m.line());
    }

    @Test
    void xmlSyntaxErrorsAndDoctypesAreRejectedWithALocation() {
        String text = TleImportTest.resource("starlink-1007.xml").replace("</MEAN_ANOMALY></meanElements>",
                "</MEAN_ANOMALY></meanElement>");
        Finding f = only(IMPORT.readXml(text), "xml.syntax");
        assertEquals(7, f.line());
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE ndm [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><ndm>&x;</ndm>";
        ImportedElements r = IMPORT.read(xxe);
        assertTrue(r.hasErrors());
        assertTrue(r.entries().isEmpty());
        assertEquals("omm.none", only(IMPORT.readXml("<ndm/>"), "omm.none").code());
    }

    private static Finding only(ImportedElements r, String code) {
        List<Finding> f = r.findings().stream().filter(x -> x.code().equals(code)).toList();
        assertEquals(1, f.size(), r.findings().toString());
        assertTrue(f.get(0).isError());
        return f.get(0);
    }

    /** Asserts that a finding names the line and column of a character offset of the text. */
    private static void assertLocated(String text, int offset, Finding f) {
        int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        int column = offset - text.lastIndexOf('\n', offset - 1);
        assertEquals(line, f.line(), f.toString());
        assertEquals(column, f.column(), f.toString());
    }

    private static void assertSameOrbit(TLE a, TLE b) {
        TLEPropagator pa = TLEPropagator.selectExtrapolator(a, OREKIT.teme());
        TLEPropagator pb = TLEPropagator.selectExtrapolator(b, OREKIT.teme());
        for (double t = 0; t <= 86_400; t += 600) {
            AbsoluteDate d = a.getDate().shiftedBy(t);
            Vector3D ra = pa.getPosition(d, OREKIT.teme());
            Vector3D rb = pb.getPosition(d, OREKIT.teme());
            assertEquals(0.0, ra.distance(rb), SAME_ORBIT, "at " + t + " s");
        }
    }
}
