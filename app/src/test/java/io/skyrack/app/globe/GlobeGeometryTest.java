package io.skyrack.app.globe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.junit.jupiter.api.Test;
import org.orekit.time.AbsoluteDate;

class GlobeGeometryTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();

    private static Plan sample(String name) {
        return PlanFiles.parse(SamplePlans.text(name), GpuCatalog.builtIn()).plan().orElseThrow();
    }

    /** The texture point under a satellite, turned by the globe's rotation, lies along the satellite's direction. */
    @Test
    void earthRotationPutsTheSubSatellitePointUnderTheSatellite() {
        Plan plan = sample("kepler-edge");
        GlobeGeometry g = GlobeGeometry.compute(plan, OREKIT);
        AbsoluteDate epoch = OREKIT.date(plan.epoch());
        for (int i = 0; i < 10; i++) {
            var orbit = g.orbits().get(plan.constellations().get(0).id() + String.format("-%02d", i + 1)).orbit();
            // the satellite's direction in the Earth-fixed frame, computed by Orekit
            Vector3D fixed = OREKIT.eme2000().getTransformTo(OREKIT.itrf(), epoch)
                    .transformPosition(orbit.getPosition()).normalize();
            // ... placed on the mesh by geocentric latitude and longitude, as MeshBuilders builds it
            double lat = Math.asin(fixed.getZ());
            double lon = Math.atan2(fixed.getY(), fixed.getX());
            double[] mesh = {Math.cos(lat) * Math.cos(lon), -Math.sin(lat), Math.cos(lat) * Math.sin(lon)};
            double[] r = g.earthRotation();
            double[] turned = {
                r[0] * mesh[0] + r[1] * mesh[1] + r[2] * mesh[2],
                r[3] * mesh[0] + r[4] * mesh[1] + r[5] * mesh[2],
                r[6] * mesh[0] + r[7] * mesh[1] + r[8] * mesh[2]};
            float[] p = g.constellations().get(0).positions();
            Vector3D sat = new Vector3D(p[3 * i], p[3 * i + 1], p[3 * i + 2]).normalize();
            double angle = Vector3D.angle(sat, new Vector3D(turned[0], turned[1], turned[2]));
            assertEquals(0.0, Math.toDegrees(angle), 1e-4, "satellite " + i);
        }
    }

    @Test
    void satellitesSitAtTheirAltitudeInSceneUnits() {
        GlobeGeometry g = GlobeGeometry.compute(sample("walker-1584"), OREKIT);
        float[] p = g.constellations().get(0).positions();
        double expected = (EarthConstants.EQUATORIAL_RADIUS + 550_000) / SceneUnits.METRES;
        for (int i = 0; i < p.length; i += 3) {
            assertEquals(expected, Math.sqrt(p[i] * p[i] + p[i + 1] * p[i + 1] + p[i + 2] * p[i + 2]), 1e-3);
        }
        assertEquals(72, g.constellations().get(0).rings().size());
    }

    @Test
    void sunDirectionIsAUnitVector() {
        double[] s = GlobeGeometry.compute(sample("starcloud-h100"), OREKIT).sunDirection();
        assertEquals(1.0, Math.sqrt(s[0] * s[0] + s[1] * s[1] + s[2] * s[2]), 1e-6);
    }
}
