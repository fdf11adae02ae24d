package io.skyrack.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class SkyrackCliTest {

    /** Exit code and captured output of one run. */
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cl = SkyrackCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static String fixture(String name) throws URISyntaxException {
        return Path.of(SkyrackCliTest.class.getResource("/bad-plans/" + name + ".skyrack.json").toURI()).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kepler-edge", "sophia-tile-demo", "starcloud-h100", "suncatcher-cluster", "walker-1584"})
    void validateAcceptsEverySample(String sample) {
        Run r = run("validate", "sample:" + sample);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("valid (0 errors"), r.out());
    }

    @Test
    void validatePrintsPointerAndMessageAndExitsTwo() throws Exception {
        Run r = run("validate", fixture("altitude-too-low"));
        assertEquals(2, r.code());
        assertTrue(r.out().contains("/constellations/0/altitudeKm: 90 km is below the 160 km minimum"), r.out());
        assertTrue(r.out().contains("(line "), r.out());
    }

    @Test
    void validateReportsEveryProblem() throws Exception {
        Run r = run("validate", fixture("several-problems"));
        assertEquals(2, r.code());
        assertTrue(r.out().contains("4 errors") || r.out().contains("5 errors"), r.out());
    }

    @Test
    void missingFileIsInvalidInput() {
        Run r = run("validate", "/no/such/plan.skyrack.json");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void unknownOptionIsInvalidInput() {
        Run r = run("validate", "--frobnicate", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option"), r.err());
    }

    @Test
    void unknownSampleIsInvalidInput() {
        Run r = run("info", "sample:nope");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no sample plan named 'nope'"), r.err());
    }

    @Test
    void infoCountsGpusAndTops() {
        Run r = run("info", "sample:kepler-edge");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Satellites:    10"), r.out());
        assertTrue(r.out().contains("TILEs:         20"), r.out());
        assertTrue(r.out().contains("GPUs:          40"), r.out());
        assertTrue(r.out().contains("jetson-agx-orin-64gb         40"), r.out());
        // peak: 40 x 275 TOPS
        assertTrue(r.out().contains("(peak 11000)"), r.out());
    }

    @Test
    void infoOnInvalidPlanExitsTwo() throws Exception {
        assertEquals(2, run("info", fixture("negative-area")).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "info"})
    void everyCommandHasHelp(String command) {
        Run r = run(command, "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage: skyrack " + command), r.out());
    }

    @Test
    void analyzeWritesEveryFileWithItsHeader(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Run r = run("analyze", "sample:sophia-tile-demo", "--out", dir.toString(), "--quiet");
        assertEquals(0, r.code(), r.out() + r.err());
        java.util.Map<String, String> headers = java.util.Map.of(
                "lighting.csv", "satellite,start,end,kind",
                "beta.csv", "satellite,time,betaDeg",
                "contacts.csv", "satellite,station,start,end,maxElevationDeg,volumeGbit",
                "links.csv", "satelliteA,satelliteB,start,end,minRangeKm,maxRangeKm,rateGbps,marginDb",
                "power_thermal.csv", "satellite,tile,time,generatedW,computeW,batteryWh,solarFaceK,boardK,junctionMaxK,"
                        + "radiatorK,gpuPowerMode");
        for (var e : headers.entrySet()) {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(dir.resolve(e.getKey()));
            assertEquals(e.getValue(), lines.get(0), e.getKey());
        }
        // 2 satellites, 12 h at 30 s, beta every 10 minutes: 73 rows each
        assertEquals(1 + 2 * 73, java.nio.file.Files.readAllLines(dir.resolve("beta.csv")).size());
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertEquals(2, summary.get("satellites").asInt());
        assertTrue(summary.get("contacts").get(0).get("minutesPerDay").asDouble() > 0, summary.toString());
    }

    @Test
    void analyzeRefusesAnInvalidPlan(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Run r = run("analyze", fixture("step-longer-than-window"), "--out", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("/analysis/stepSeconds"), r.err());
    }

    @Test
    void analyzeNeedsAnOutputFolder() {
        Run r = run("analyze", "sample:kepler-edge");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--out"), r.err());
    }

    @Test
    void gpuProfileFolderMustExist() {
        Run r = run("info", "--gpu-profiles", "/no/such/folder", "sample:kepler-edge");
        assertEquals(2, r.code());
    }
}
