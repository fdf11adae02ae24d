package io.skyrack.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BuiltInCatalogTest {

    /** Published figures are stored as printed, so they must match to rounding error only. */
    private static final double EXACT = 1e-9;

    private static final Set<String> EXPECTED_IDS = Set.of(
            "jetson-agx-orin-64gb", "jetson-agx-orin-32gb", "jetson-orin-nx-16gb",
            "jetson-orin-nx-8gb", "jetson-orin-nano-8gb", "jetson-agx-thor", "h100-sxm5-80gb",
            "h100-pcie-80gb", "l4");

    @Test
    void loadsWithZeroFindings() {
        GpuCatalog.LoadResult result = GpuCatalog.loadBuiltIn();

        assertEquals(List.of(), result.findings());
        assertEquals(EXPECTED_IDS, result.catalog().ids());
    }

    @Test
    void builtInIsLoadedOnceAndSortedById() {
        GpuCatalog catalog = GpuCatalog.builtIn();

        assertSame(catalog, GpuCatalog.builtIn());
        List<String> ids = catalog.profiles().stream().map(GpuProfile::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(List.copyOf(catalog.ids()), ids);
        assertTrue(catalog.find("no-such-gpu").isEmpty());
    }

    /** Headline figures from the NVIDIA documents cited in each profile. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jetson-agx-orin-64gb | MAXN | 60.0  | 275.0  | 64.0  | 204.8
            jetson-agx-orin-32gb | 40W  | 40.0  | 200.0  | 32.0  | 204.8
            jetson-orin-nx-16gb  | 25W  | 25.0  | 100.0  | 16.0  | 102.4
            jetson-orin-nx-8gb   | 20W  | 20.0  | 70.0   | 8.0   | 102.4
            jetson-orin-nano-8gb | 15W  | 15.0  | 40.0   | 8.0   | 68.0
            h100-sxm5-80gb       | 700W | 700.0 | 3958.0 | 80.0  | 3350.0
            h100-pcie-80gb       | 350W | 350.0 | 3026.0 | 80.0  | 2000.0
            l4                   | 72W  | 72.0  | 485.0  | 24.0  | 300.0
            """)
    void publishedFiguresSitOnTheTopMode(String id, String topMode, double topPowerW,
            double sparseTops, double memoryGiB, double bandwidthGBps) {
        GpuProfile profile = GpuCatalog.builtIn().find(id).orElseThrow();

        PowerMode top = profile.maxMode();
        assertEquals(topMode, top.name());
        assertEquals(topPowerW, top.powerW(), EXACT);
        assertFalse(top.throughputDerived(), "the top mode carries the published figure");
        assertEquals(sparseTops, profile.peakInt8SparseTops(), EXACT);
        assertEquals(sparseTops, top.int8SparseTops(), EXACT);
        assertEquals(ThroughputRule.denseFromSparse(sparseTops), top.int8DenseTops(), EXACT);
        assertEquals(memoryGiB, profile.memoryGiB(), EXACT);
        assertEquals(bandwidthGBps, profile.memoryBandwidthGBps(), EXACT);
    }

    @Test
    void agxOrinModesAreTheDesignOnes() {
        GpuProfile orin = GpuCatalog.builtIn().find("jetson-agx-orin-64gb").orElseThrow();

        assertEquals(List.of("15W", "30W", "50W", "MAXN"),
                orin.powerModes().stream().map(PowerMode::name).toList());
        assertEquals(99.0, orin.junctionThrottleC(), EXACT);
        assertEquals(104.5, orin.junctionShutdownC(), EXACT);
    }

    @Test
    void thorCarriesOnlyWhatNvidiaPublishes() {
        GpuProfile thor = GpuCatalog.builtIn().find("jetson-agx-thor").orElseThrow();

        assertTrue(Double.isNaN(thor.peakInt8SparseTops()));
        assertEquals(128.0, thor.memoryGiB(), EXACT);
        assertEquals(273.0, thor.memoryBandwidthGBps(), EXACT);
        assertEquals(130.0, thor.maxMode().powerW(), EXACT);
        assertNull(thor.junctionShutdownC());
        assertTrue(thor.unpublished().containsAll(
                List.of("int8SparseTops", "int8DenseTops", "fp16Tflops", "junctionShutdownC")));
    }

    @ParameterizedTest
    @MethodSource("allProfiles")
    void lowerModesFollowTheDerivationRule(GpuProfile profile) {
        PowerMode top = profile.maxMode();
        for (PowerMode mode : profile.powerModes()) {
            if (mode == top || top.int8SparseTops() == null) {
                continue;
            }
            assertTrue(mode.throughputDerived(), profile.id() + " " + mode.name());
            double expected = ThroughputRule.scaleToMode(
                    top.int8SparseTops(), top.powerW(), mode.powerW());
            // Derived figures are stored rounded to 0.01 TOPS.
            assertEquals(expected, mode.int8SparseTops(), 0.005 + EXACT,
                    profile.id() + " " + mode.name());
        }
    }

    @ParameterizedTest
    @MethodSource("allProfiles")
    void everySourceListHasAWebAddressAndNotesAreWritten(GpuProfile profile) {
        assertTrue(profile.sources().stream().anyMatch(s -> s.url() != null), profile.id());
        assertFalse(profile.notes().isBlank(), profile.id());
        assertEquals("NVIDIA", profile.vendor());
    }

    static List<GpuProfile> allProfiles() {
        return GpuCatalog.builtIn().profiles();
    }
}
