package io.skyrack.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GpuProfileTest {

    private static final double EXACT = 1e-12;

    private static final Source SOURCE = new Source("data sheet", "https://example.com/ds.pdf",
            "everything");

    @Test
    void findsModesByNameAndTheHighestPowerMode() {
        GpuProfile profile = profile(List.of(
                new PowerMode("low", 10.0, 20.0, 10.0, null, true),
                new PowerMode("high", 40.0, 80.0, 40.0, null, false),
                new PowerMode("mid", 20.0, 40.0, 20.0, null, true)));

        assertEquals(20.0, profile.mode("mid").orElseThrow().powerW(), EXACT);
        assertTrue(profile.mode("MID").isEmpty(), "names are case-sensitive");
        assertEquals("high", profile.maxMode().name());
        assertEquals(80.0, profile.peakInt8SparseTops(), EXACT);
    }

    @Test
    void tiedTopPowerPicksTheFirstMode() {
        GpuProfile profile = profile(List.of(
                new PowerMode("a", 30.0, null, null, null, false),
                new PowerMode("b", 30.0, null, null, null, false)));

        assertEquals("a", profile.maxMode().name());
        assertTrue(Double.isNaN(profile.peakInt8SparseTops()));
    }

    @Test
    void listsAreCopiedSoTheProfileStaysImmutable() {
        List<PowerMode> modes = new ArrayList<>(List.of(new PowerMode("a", 5.0, 1.0, 0.5, null,
                false)));
        GpuProfile profile = profile(modes);
        modes.clear();

        assertEquals(1, profile.powerModes().size());
        assertThrows(UnsupportedOperationException.class, () -> profile.powerModes().clear());
    }

    @Test
    void aProfileNeedsAtLeastOneMode() {
        assertThrows(IllegalArgumentException.class, () -> profile(List.of()));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void aModeNeedsPositiveFinitePower(double powerW) {
        assertThrows(IllegalArgumentException.class,
                () -> new PowerMode("bad", powerW, null, null, null, false));
    }

    @Test
    void findingPrintsAsPointerColonMessage() {
        assertEquals("/massKg: x.json: bad",
                new CatalogFinding("/massKg", "x.json: bad").toString());
        assertEquals("x.json: empty", new CatalogFinding("", "x.json: empty").toString());
    }

    private static GpuProfile profile(List<PowerMode> modes) {
        return new GpuProfile("test", "Test", "ACME", "card", modes, null, 8.0, null, null, null,
                null, null, List.of(SOURCE), List.of(), "");
    }
}
