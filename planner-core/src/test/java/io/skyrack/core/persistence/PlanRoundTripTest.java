package io.skyrack.core.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.plan.Plan;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanRoundTripTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    static Stream<String> samples() {
        return SamplePlans.NAMES.stream();
    }

    static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), CATALOG).plan().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadSaveLoadGivesAnEqualPlan(String name, @TempDir Path dir) throws IOException {
        Plan first = sample(name);
        Path file = dir.resolve(name + PlanFiles.SUFFIX);
        PlanFiles.save(file, first);
        PlanFiles.LoadResult again = PlanFiles.load(file, CATALOG);
        assertEquals(java.util.List.of(), again.findings());
        assertEquals(first, again.plan().orElseThrow());
        // and the text is stable from then on
        assertEquals(PlanCodec.write(first), PlanCodec.write(again.plan().get()));
    }

    @Test
    void writtenNumbersAreShortAndUnitsStayInNames() {
        String text = PlanCodec.write(sample("walker-1584"));
        assertTrue(text.contains("\"altitudeKm\" : 550,"), text);
        assertTrue(text.contains("\"inclinationDeg\" : 53,"), text);
        assertTrue(text.contains("\"fill\" : \"nx-tile\""), text);
    }

    @Test
    void saveReplacesTheFileAtomicallyAndLeavesNoTemporaryFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("plan" + PlanFiles.SUFFIX);
        Files.writeString(file, "old content", StandardCharsets.UTF_8);
        PlanFiles.save(file, sample("kepler-edge"));
        assertTrue(Files.readString(file).startsWith("{"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count());
        }
    }

    @Test
    void failedSaveLeavesThePreviousFileUntouched(@TempDir Path dir) throws IOException {
        // the target is a non-empty folder, so the final rename fails after the temporary file is written
        Path target = dir.resolve("plan" + PlanFiles.SUFFIX);
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "precious");
        assertThrows(IOException.class, () -> PlanFiles.save(target, sample("kepler-edge")));
        assertEquals("precious", Files.readString(target.resolve("keep.txt")));
        try (Stream<Path> s = Files.list(dir)) {
            assertFalse(s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left behind");
        }
    }

    @Test
    void shortestDecimalConversionIsExact() {
        for (double deg = -360; deg <= 360; deg += 0.37) {
            double rad = Math.toRadians(deg);
            double back = Numbers.toEngineer(rad, Math::toDegrees, Math::toRadians);
            assertEquals(rad, Math.toRadians(back), 0.0);
        }
        assertEquals(53.0, Numbers.toEngineer(Math.toRadians(53), Math::toDegrees, Math::toRadians), 0.0);
    }
}
