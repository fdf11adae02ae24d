package io.skyrack.core.orbit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orekit.orbits.KeplerianOrbit;
import org.orekit.orbits.OrbitType;

class ConstellationOrbitsTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();
    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    private static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), CATALOG).plan().orElseThrow();
    }

    private static KeplerianOrbit kep(SatelliteOrbit s) {
        return (KeplerianOrbit) OrbitType.KEPLERIAN.convertType(s.orbit());
    }

    @Test
    void walkerDeltaSpreadsPlanesAndPhasesSlots() {
        List<SatelliteOrbit> sats = new ConstellationOrbits(OREKIT).build(sample("walker-1584"));
        assertEquals(1584, sats.size());
        assertEquals("shell-P01-S01", sats.get(0).name());
        assertEquals("shell-P72-S22", sats.get(1583).name());
        // planes 5 degrees apart in RAAN (360/72), satellites 360/22 apart, phasing F=1 shifts by 360/1584
        double raan0 = kep(sats.get(0)).getRightAscensionOfAscendingNode();
        double raan1 = kep(sats.get(22)).getRightAscensionOfAscendingNode();
        assertEquals(5.0, Math.toDegrees(raan1 - raan0), 1e-9);
        double u00 = kep(sats.get(0)).getMeanAnomaly() + kep(sats.get(0)).getPerigeeArgument();
        double u01 = kep(sats.get(1)).getMeanAnomaly() + kep(sats.get(1)).getPerigeeArgument();
        assertEquals(360.0 / 22, Math.toDegrees(Math.IEEEremainder(u01 - u00, 2 * Math.PI)), 1e-9);
        double u10 = kep(sats.get(22)).getMeanAnomaly() + kep(sats.get(22)).getPerigeeArgument();
        assertEquals(360.0 / 1584, Math.toDegrees(Math.IEEEremainder(u10 - u00, 2 * Math.PI)), 1e-9);
        for (SatelliteOrbit s : sats) {
            assertEquals(EarthConstants.EQUATORIAL_RADIUS + 550_000, s.orbit().getA(), 1e-6);
            assertEquals(53.0, Math.toDegrees(s.orbit().getI()), 1e-9);
        }
    }

    @Test
    void sunSynchronousPlaneUsesDerivedInclination() {
        List<SatelliteOrbit> sats = new ConstellationOrbits(OREKIT).build(sample("kepler-edge"));
        assertEquals(10, sats.size());
        assertEquals(List.of("kepler-01", "kepler-02"), List.of(sats.get(0).name(), sats.get(1).name()));
        for (SatelliteOrbit s : sats) {
            assertEquals(Math.toDegrees(SunSynchronous.inclination(575_000)), Math.toDegrees(s.orbit().getI()), 1e-9);
        }
    }

    @Test
    void suncatcherClusterStaysWithinOneKilometre() {
        List<SatelliteOrbit> sats = new ConstellationOrbits(OREKIT).build(sample("suncatcher-cluster"));
        assertEquals(81, sats.size());
        var centre = sats.get(0).orbit().getPosition();
        for (SatelliteOrbit s : sats) {
            assertTrue(s.orbit().getPosition().distance(centre) < 2_000.0, s.name());
        }
    }

    @Test
    void tleSatelliteIsPropagatedToTheEpoch() {
        Plan p = sample("sophia-tile-demo");
        var t = new TleConstellationSpec("iss", "ISS", List.of(new TleConstellationSpec.TleEntry("ISS",
                "1 25544U 98067A   26080.50000000  .00016717  00000-0  10270-3 0  9008",
                "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391 56354")),
                p.constellations().get(0).template());
        Plan withTle = p.withConstellations(List.of(t)).withWorkloads(List.of())
                .withCrosslinks(io.skyrack.core.plan.CrosslinkPolicy.plusGrid(1e6, 1e5));
        List<SatelliteOrbit> sats = new ConstellationOrbits(OREKIT).build(withTle);
        assertEquals(List.of("ISS"), SatelliteRoster.names(t));
        // radius consistent with the TLE's mean motion of 15.72125391 rev/day (Kepler's third law), within
        // the eccentricity and the mean-to-osculating difference of SGP4 (~20 km)
        double n = 15.72125391 * 2 * Math.PI / 86_400;
        double a = Math.cbrt(EarthConstants.MU / (n * n));
        double r = sats.get(0).orbit().getPosition().getNorm();
        assertEquals(a, r, 0.0006703 * a + 20_000, "radius " + r);
        // TEME of date versus EME2000: the pole has precessed about 0.14 deg since J2000
        assertEquals(51.64, Math.toDegrees(sats.get(0).orbit().getI()), 0.2);
    }
}
