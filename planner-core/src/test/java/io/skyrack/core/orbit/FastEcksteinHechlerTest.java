package io.skyrack.core.orbit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.skyrack.core.orekit.OrekitContext;
import java.time.Instant;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.orekit.attitudes.FrameAlignedProvider;
import org.orekit.errors.OrekitException;
import org.orekit.orbits.CircularOrbit;
import org.orekit.orbits.PositionAngleType;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;

class FastEcksteinHechlerTest {

    private static final OrekitContext OREKIT = OrekitContext.bundled();

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 1e-9, -3e-5, 0.004, -0.0099, 0.01, 0.0101, -0.05, 0.12, -0.19999, 0.2, 0.2001, -0.7,
        2.5})
    void smallAngleSeriesAgreeWithTheLibrary(double d) {
        // within about one unit in the last place of cos d (the series' truncation error is below 1e-18)
        assertEquals(Math.sin(d), FastEcksteinHechler.sinSmall(d), 3e-16);
        assertEquals(Math.cos(d), FastEcksteinHechler.cosSmall(d), 3e-16);
    }

    /** The model refuses exactly the orbits Orekit's Eckstein-Hechler propagator refuses. */
    @ParameterizedTest
    @CsvSource({
        // inclination (deg), mean eccentricity, refused
        "53.0, 0.0, false",
        "63.4349, 0.001, true", // sin²i = 0.8: critical
        "63.40, 0.001, true", // |sin²i − 0.8| = 6e-4
        "63.30, 0.001, false", // |sin²i − 0.8| = 1.6e-3
        "116.5651, 0.0, true",
        "0.0, 0.001, true", // equatorial
        "180.0, 0.001, true", // retrograde equatorial
        "0.001, 0.001, false", // sin²i = 3e-10
        "97.9, 0.099, false",
        "97.9, 0.101, true"
    })
    void refusesWhatOrekitRefuses(double inclinationDeg, double e, boolean refused) {
        MeanCircularElements mean = new MeanCircularElements(7_000_000.0, e * 0.6, e * 0.8,
                Math.toRadians(inclinationDeg), 1.0, 2.0);
        assertEquals(refused, FastEcksteinHechler.refusal(mean).isPresent());
        CircularOrbit orbit = new CircularOrbit(mean.a(), mean.ex(), mean.ey(), mean.i(), mean.raan(), mean.alphaM(),
                PositionAngleType.MEAN, OREKIT.eme2000(), OREKIT.date(Instant.parse("2026-03-20T00:00:00Z")),
                EarthConstants.MU);
        Executable orekit = () -> new EcksteinHechlerPropagator(orbit, FrameAlignedProvider.of(orbit.getFrame()),
                1000.0, EarthConstants.GRAVITY_FIELD_RADIUS, EarthConstants.MU, EarthConstants.C20,
                EarthConstants.C30, EarthConstants.C40, EarthConstants.C50, EarthConstants.C60, PropagationType.MEAN);
        if (refused) {
            assertThrows(OrekitException.class, orekit);
        } else {
            assertDoesNotThrow(orekit);
        }
    }
}
