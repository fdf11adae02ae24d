package io.skyrack.core.orekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;

class OrekitContextTest {

    /** TAI − UTC from IERS Bulletin C, at dates between leap seconds. */
    @ParameterizedTest
    @CsvSource({"1972-03-01T00:00:00Z, 10", "1999-06-01T00:00:00Z, 32", "2016-06-01T00:00:00Z, 36",
        "2017-01-01T00:00:00Z, 37", "2026-11-22T00:00:00Z, 37"})
    void leapSecondsFromTheBundledTable(String when, double taiMinusUtc) {
        OrekitContext ctx = OrekitContext.bundled();
        TimeScale utc = ctx.utc();
        AbsoluteDate d = ctx.date(java.time.Instant.parse(when));
        TimeScale tai = ctx.dataContext().getTimeScales().getTAI();
        assertEquals(taiMinusUtc, tai.offsetFromTAI(d).toDouble() - utc.offsetFromTAI(d).toDouble(), 1e-9);
    }

    @Test
    void itrfWorksWithoutEarthOrientationData() {
        OrekitContext ctx = OrekitContext.bundled();
        AbsoluteDate d = ctx.date(java.time.Instant.parse("2026-03-20T00:00:00Z"));
        // the ITRF z axis stays within a fraction of a degree of the EME2000 z axis (precession since 2000)
        var z = ctx.itrf().getTransformTo(ctx.eme2000(), d).transformVector(org.hipparchus.geometry.euclidean.threed.Vector3D.PLUS_K);
        assertEquals(1.0, z.getZ(), 1e-4);
    }

    @Test
    void folderMustExist(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> OrekitContext.withFolder(dir.resolve("missing")));
        assertEquals(dir, OrekitContext.withFolder(dir).folder().orElseThrow());
    }
}
