package io.skyrack.core.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.plan.GroundStation;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GroundStationCatalogTest {

    private static final List<GroundStationCatalog.Entry> ALL = GroundStationCatalog.builtIn().stations();

    @Test
    void parsesWithUniqueNamesCoordinatesInRangeAndASource() {
        assertTrue(ALL.size() >= 18, "stations: " + ALL.size());
        Set<String> names = new HashSet<>();
        for (GroundStationCatalog.Entry e : ALL) {
            assertTrue(names.add(e.name()), "duplicate " + e.name());
            assertTrue(Math.abs(e.latitude()) <= Math.PI / 2, e.name());
            assertTrue(Math.abs(e.longitude()) <= Math.PI, e.name());
            assertTrue(e.altitude() >= -100 && e.altitude() <= 5000, e.name());
            // every row names its public source, or says plainly that no source confirmed it
            assertTrue(e.source().contains("http") || e.source().startsWith("unverified"), e.name());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        // published positions, degrees: SvalSat Wikipedia infobox (78°13′47.18″N 15°24′28.03″E), ESA's
        // Kiruna station page (KIR-1 +67° 51' 25.66", +20° 57' 51.57"), ESA's ESTRACK_V04.TF kernel (New Norcia)
        "SvalSat; 78.2297722; 15.4077861",
        "Kiruna (KIR-1); 67.8571278; 20.964325",
        "New Norcia (DSA 1); -31.0482254; 116.1914978"})
    void knownPositions(String name, double latitudeDeg, double longitudeDeg) {
        GroundStationCatalog.Entry e = GroundStationCatalog.builtIn().find(name).orElseThrow();
        // the file keeps 4 decimals: 0.0001° is 11 m
        assertEquals(latitudeDeg, Math.toDegrees(e.latitude()), 6e-4);
        assertEquals(longitudeDeg, Math.toDegrees(e.longitude()), 6e-4);
    }

    @Test
    void makesPlanStationsWithTheDefaults() {
        GroundStation s = GroundStationCatalog.builtIn().find("TrollSat").orElseThrow().toGroundStation();
        assertEquals("TrollSat", s.name());
        assertEquals(Math.toRadians(10), s.minElevation(), 1e-15);
        assertEquals(800e6, s.downlinkRate(), 0.0);
        assertEquals(-72.0117, Math.toDegrees(s.latitude()), 1e-9);
        assertEquals(1270, s.altitude(), 0.0);
    }

    @Test
    void malformedLinesAreRejected() {
        assertThrows(IllegalStateException.class, () -> GroundStationCatalog.parse("a;b;c\n"));
        assertEquals(1, GroundStationCatalog.parse("# c\n\nX;Op;Net;1;2;3;src\n").size());
    }
}
