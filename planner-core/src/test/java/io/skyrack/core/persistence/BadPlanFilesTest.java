package io.skyrack.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each bad fixture fails with the expected pointer and problem key. */
class BadPlanFilesTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    static PlanFiles.LoadResult load(String name) throws IOException, URISyntaxException {
        Path p = Path.of(BadPlanFilesTest.class.getResource("/bad-plans/" + name + ".skyrack.json").toURI());
        return PlanFiles.load(p, CATALOG);
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            syntax-error                  | ''                                           | json.syntax
            duplicate-key                 | /name                                        | json.duplicate
            trailing-tokens               | ''                                           | json.trailing
            root-not-object               | ''                                           | json.root
            empty                         | ''                                           | json.empty
            nan-literal                   | ''                                           | json.syntax
            infinite-number               | /analysis/stepSeconds                        | type.finite
            unknown-field                 | /constellations/0/altitudeMiles              | field.unknown
            missing-field                 | /constellations/0                            | field.missing
            string-for-number             | /tiles/0/areaM2                              | type.number
            null-for-number               | /analysis/stepSeconds                        | type.null
            float-for-integer             | /constellations/0/planes                     | type.integer
            altitude-too-low              | /constellations/0/altitudeKm                 | range.min
            inclination-out-of-range      | /constellations/0/inclinationDeg             | range.max
            negative-area                 | /tiles/0/areaM2                              | range.min
            efficiency-above-one          | /tiles/0/cellEfficiency                      | range.max
            absorptivity-negative         | /tiles/0/radiatorFace/absorptivity           | range.min
            unknown-gpu-profile           | /tiles/0/gpus/0/profile                      | ref.gpu-profile
            unknown-power-mode            | /tiles/0/gpus/0/powerMode                    | ref.power-mode
            unknown-satellite-in-workload | /workloads/0/source/satellite                | ref.satellite
            unknown-tile-in-array         | /constellations/0/template/tileArray/fill    | ref.tile
            walker-phasing                | /constellations/0/phasing                    | walker.phasing
            newer-schema                  | /schemaVersion                               | schema.newer
            unknown-attitude              | /constellations/0/template/attitude          | enum.unknown
            unknown-constellation-type    | /constellations/0/type                       | enum.unknown
            step-longer-than-window       | /analysis/stepSeconds                        | window.step
            bad-epoch                     | /epoch                                       | text.pattern
            manual-link-unknown-satellite | /crosslinks/manualPairs/1/b                  | ref.satellite
            duplicate-tile-id             | /tiles/1/id                                  | id.duplicate
            fill-and-slots                | /constellations/0/template/tileArray         | tiles.fill-or-slots
            slot-outside-array            | /constellations/0/template/tileArray/slots/0/row | tiles.outside
            perigee-too-low               | /constellations/0/satellites/0/eccentricity  | orbit.perigee
            tle-bad-checksum              | /constellations/0/satellites/0/line1         | tle.checksum
            """)
    void badFileFailsWithPointer(String file, String pointer, String code) throws Exception {
        PlanFiles.LoadResult r = load(file);
        assertTrue(r.hasErrors(), file + " should have errors");
        List<Finding> errors = r.findings().stream().filter(Finding::isError).collect(Collectors.toList());
        assertTrue(errors.stream().anyMatch(f -> f.path().equals(pointer) && f.code().equals(code)),
                () -> file + ": expected " + code + " at '" + pointer + "' but got " + errors);
    }

    @Test
    void validFixtureHasNoFindings() throws Exception {
        PlanFiles.LoadResult r = load("valid-minimal");
        assertEquals(List.of(), r.findings());
        assertTrue(r.plan().isPresent());
    }

    @Test
    void syntaxErrorNamesLineAndColumn() throws Exception {
        Finding f = load("syntax-error").findings().get(0);
        assertEquals(5, f.line());
        assertTrue(f.column() > 0 && f.column() <= 4, "column " + f.column());
    }

    @Test
    void rangeFindingCarriesLineAndPlainMessage() throws Exception {
        Finding f = load("altitude-too-low").findings().stream()
                .filter(x -> x.code().equals("range.min")).findFirst().orElseThrow();
        assertEquals("90 km is below the 160 km minimum (below 160 km the orbit decays within hours)", f.message());
        assertTrue(f.line() > 1, "line " + f.line());
    }

    @Test
    void duplicateKeyIsLocated() throws Exception {
        Finding f = load("duplicate-key").findings().get(0);
        assertEquals(4, f.line());
    }

    @Test
    void severalProblemsAreAllReported() throws Exception {
        PlanFiles.LoadResult r = load("several-problems");
        List<String> paths = r.findings().stream().map(Finding::path).collect(Collectors.toList());
        assertTrue(paths.contains("/tiles/0/areaM2"), paths.toString());
        assertTrue(paths.contains("/tiles/0/emissivityX"), paths.toString());
        assertTrue(paths.contains("/constellations/0/satellites/1/inclinationDeg"), paths.toString());
        assertTrue(paths.contains("/groundStations/0/latitudeDeg"), paths.toString());
        assertFalse(r.plan().isPresent());
    }

    @Test
    void nonUtf8FileIsReported(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.skyrack.json");
        java.nio.file.Files.write(f, new byte[] {'{', '"', 'n', (byte) 0xE9, '"', ':', '1', '}'});
        PlanFiles.LoadResult r = PlanFiles.load(f, CATALOG);
        assertEquals("file.encoding", r.findings().get(0).code());
    }

    @Test
    void oversizedStringIsRejected() {
        String text = "{\"schemaVersion\": 1, \"name\": \"" + "x".repeat(StrictJsonParser.MAX_STRING_CHARS + 1) + "\"}";
        PlanFiles.LoadResult r = PlanFiles.parse(text, CATALOG);
        assertEquals("json.syntax", r.findings().get(0).code());
    }

    @Test
    void deepNestingIsRejected() {
        String text = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
        PlanFiles.LoadResult r = PlanFiles.parse(text, CATALOG);
        assertEquals("json.syntax", r.findings().get(0).code());
    }
}
