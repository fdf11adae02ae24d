package io.skyrack.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpuProfileReaderTest {

    private static final double EPS = 1e-12;

    private final GpuProfileReader reader = new GpuProfileReader();

    @Test
    void readsAValidProfileWithEveryField() throws IOException {
        GpuProfileReader.ReadResult result =
                reader.read("acme-edge-module.json", fixture("user-profiles/acme-edge-module.json"));

        assertEquals(List.of(), result.findings());
        GpuProfile profile = result.profile().orElseThrow();
        assertEquals("acme-edge-module", profile.id());
        assertEquals(2, profile.powerModes().size());
        assertEquals(80.0, profile.peakInt8SparseTops(), EPS);
        assertEquals(2.5, profile.idlePowerW(), EPS);
        assertEquals(0.12, profile.massKg(), EPS);
        assertEquals(List.of("fp16Tflops"), profile.unpublished());
        assertTrue(profile.mode("10W").orElseThrow().throughputDerived());
    }

    /**
     * Each bad file differs from the valid fixture by one defect, reported at one pointer. A
     * syntax error points at the last key the parser read before it stopped.
     */
    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-property.json             | /colour
            unknown-property-in-mode.json     | /powerModes/1/tdpW
            duplicate-key.json                | /name
            trailing-tokens.json              | ''
            negative-power.json               | /powerModes/0/powerW
            throttle-not-below-shutdown.json  | /junctionThrottleC
            missing-sources.json              | /sources
            source-without-url.json           | /sources
            null-not-listed.json              | /massKg
            null-mode-figure-not-listed.json  | /powerModes/0/int8DenseTops
            listed-but-has-value.json         | /unpublished/1
            unknown-unpublished-field.json    | /unpublished/1
            float-for-int.json                | /formatVersion
            null-for-primitive.json           | /powerModes/0/powerW
            number-as-string.json             | /powerModes/0/powerW
            string-from-number.json           | /name
            missing-key.json                  | /massKg
            bad-id.json                       | /id
            no-power-modes.json               | /powerModes
            duplicate-mode-name.json          | /powerModes/1/name
            idle-not-below-min-mode.json      | /idlePowerW
            temperature-out-of-band.json      | /junctionShutdownC
            negative-junction-to-case.json    | /junctionToCaseKPerW
            zero-mass.json                    | /massKg
            zero-memory.json                  | /memoryGiB
            derived-off-rule.json             | /powerModes/0/int8SparseTops
            top-mode-derived.json             | /powerModes/1/throughputDerived
            dense-above-sparse.json           | /powerModes/1/int8DenseTops
            wrong-format-version.json         | /formatVersion
            empty.json                        | ''
            syntax-error.json                 | /id
            """)
    void reportsEachDefectAtItsPointer(String file, String expectedPointer) throws IOException {
        GpuProfileReader.ReadResult result = reader.read(file, fixture("bad-profiles/" + file));

        assertFalse(result.profile().isPresent(), "a bad file yields no profile");
        assertEquals(List.of(expectedPointer), pointers(result.findings()),
                () -> "findings: " + result.findings());
        assertTrue(result.findings().get(0).message().startsWith(file + ": "),
                "message names the file");
    }

    @Test
    void syntaxErrorCarriesLineAndColumn() throws IOException {
        GpuProfileReader.ReadResult result =
                reader.read("syntax-error.json", fixture("bad-profiles/syntax-error.json"));

        // The missing comma is noticed at the quote that opens "name", line 4, column 3.
        String message = result.findings().get(0).message();
        assertTrue(message.startsWith("syntax-error.json: line 4, column 3: "), message);
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() throws IOException {
        GpuProfileReader.ReadResult result = reader.read("many-problems.json",
                fixture("bad-profiles-multi/many-problems.json"));

        assertEquals(List.of("/id", "/powerModes/0/powerW", "/junctionThrottleC", "/sources",
                        "/massKg"),
                pointers(result.findings()), () -> "findings: " + result.findings());
    }

    @Test
    void builtInFilesAreTheirOwnBestExamples() throws IOException {
        for (String file : GpuCatalog.readIndex()) {
            GpuProfileReader.ReadResult result =
                    reader.read(file, fixture("io/skyrack/gpu/profiles/" + file));
            assertEquals(List.of(), result.findings(), file);
            assertEquals(file, result.profile().orElseThrow().id() + ".json",
                    "a bundled file is named after its id");
        }
    }

    static List<String> pointers(List<CatalogFinding> findings) {
        return findings.stream().map(CatalogFinding::path).toList();
    }

    static byte[] fixture(String resource) throws IOException {
        try (InputStream in = GpuProfileReaderTest.class.getClassLoader()
                .getResourceAsStream(resource)) {
            return Objects.requireNonNull(in, resource).readAllBytes();
        }
    }
}
