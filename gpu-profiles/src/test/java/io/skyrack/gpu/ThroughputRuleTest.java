package io.skyrack.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThroughputRuleTest {

    private static final double EXACT = 1e-12;

    @ParameterizedTest(name = "{0} TOPS at {1} W -> {3} TOPS at {2} W")
    @CsvSource(textBlock = """
            275.0, 60.0, 30.0, 137.5
            275.0, 60.0, 15.0, 68.75
            100.0, 25.0, 10.0, 40.0
            40.0,  15.0, 15.0, 40.0
            """)
    void scalesWithPowerShare(double top, double topPowerW, double modePowerW, double expected) {
        assertEquals(expected, ThroughputRule.scaleToMode(top, topPowerW, modePowerW), EXACT);
    }

    @Test
    void denseIsHalfOfSparse() {
        assertEquals(242.5, ThroughputRule.denseFromSparse(485.0), EXACT);
    }

    @Test
    void rejectsNonPositivePower() {
        assertThrows(IllegalArgumentException.class, () -> ThroughputRule.scaleToMode(1, 0, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ThroughputRule.scaleToMode(1, 1, Double.NaN));
    }
}
