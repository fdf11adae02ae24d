package io.skyrack.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.OpticalTerminalSpec.FixedRate;
import io.skyrack.core.plan.OpticalTerminalSpec.LinkBudget;
import org.junit.jupiter.api.Test;

class LinkBudgetsTest {

    /** 1 W at 1550 nm through two 10 cm apertures, 3 dB pointing loss, −40 dBm sensitivity, 10 Gbit/s. */
    private static final LinkBudget TERMINAL = new LinkBudget(1.0, 0.10, 0.10, 1550e-9, 3.0, -40.0, 10e9);

    @Test
    void marginMatchesAHandComputedBudget() {
        // by hand, at 1,000 km:
        //   G = (π · 0.1 / 1.55e-6)² = 202,683² = 4.1081e10 → 106.1364 dB, twice: 212.2727 dB
        //   (λ / 4πd)² = (1.55e-6 / 1.25664e7)² → −258.1776 dB
        //   Pr = 30 dBm (1 W) + 212.2727 − 258.1776 − 3 = −18.9048 dBm; margin = 21.0952 dB
        assertEquals(4.1081e10, LinkBudgets.apertureGain(0.10, 1550e-9), 0.0001e10);
        assertEquals(-18.9048, 10 * Math.log10(LinkBudgets.receivedPower(TERMINAL, 1e6) / 1e-3), 1e-4);
        assertEquals(21.0952, LinkBudgets.marginDb(TERMINAL, 1e6), 1e-4);
    }

    @Test
    void marginFallsTwentyDecibelsPerDecadeAndClosesAtTheClosingRange() {
        assertEquals(LinkBudgets.marginDb(TERMINAL, 1e6) - 20, LinkBudgets.marginDb(TERMINAL, 1e7), 1e-9);
        double closing = LinkBudgets.closingRange(TERMINAL);
        // 21.0952 dB above zero at 1,000 km: 10^(21.0952/20) · 1,000 km = 11,344 km
        assertEquals(11_344e3, closing, 1e3);
        assertEquals(0.0, LinkBudgets.marginDb(TERMINAL, closing), 1e-9);
    }

    @Test
    void pairOfBudgetTerminalsReachesTheLeastOfPolicyTerminalAndBudget() {
        OpticalTerminalSpec t = new OpticalTerminalSpec(4, 20_000e3, TERMINAL);
        PairLinkModel m = PairLinkModel.of(t, t, 50_000e3);
        assertEquals(LinkBudgets.closingRange(TERMINAL), m.maxRange(), 1e-3);
        assertEquals(10e9, m.rate(), 0.0);
        assertEquals(21.0952, m.marginDb(1e6), 1e-4);
        assertEquals(5_000e3, PairLinkModel.of(t, t, 5_000e3).maxRange(), 0.0);
    }

    @Test
    void weakerEndSetsMarginAndRate() {
        LinkBudget weak = new LinkBudget(0.5, 0.08, 0.08, 1550e-9, 3.0, -38.0, 2.5e9);
        OpticalTerminalSpec strong = new OpticalTerminalSpec(4, 20_000e3, TERMINAL);
        OpticalTerminalSpec small = new OpticalTerminalSpec(4, 20_000e3, weak);
        PairLinkModel m = PairLinkModel.of(strong, small, 50_000e3);
        assertEquals(LinkBudgets.marginDb(weak, 2e6), m.marginDb(2e6), 1e-9);
        assertEquals(2.5e9, m.rate(), 0.0);
        assertEquals(m, PairLinkModel.of(small, strong, 50_000e3));
    }

    @Test
    void fixedRateEndsHaveNoMarginAndTheLowerRate() {
        OpticalTerminalSpec a = new OpticalTerminalSpec(4, 5_000e3, new FixedRate(2.5e9));
        OpticalTerminalSpec b = new OpticalTerminalSpec(2, 3_000e3, new FixedRate(10e9));
        PairLinkModel m = PairLinkModel.of(a, b, 4_000e3);
        assertFalse(m.hasBudget());
        assertTrue(Double.isNaN(m.marginDb(1e6)));
        assertEquals(2.5e9, m.rate(), 0.0);
        assertEquals(3_000e3, m.maxRange(), 0.0);
        // a budget end and a fixed-rate end: the budget's margin, the lower rate
        PairLinkModel mixed = PairLinkModel.of(a, new OpticalTerminalSpec(4, 20_000e3, TERMINAL), 50_000e3);
        assertEquals(LinkBudgets.marginDb(TERMINAL, 1e6), mixed.marginDb(1e6), 1e-9);
        assertEquals(2.5e9, mixed.rate(), 0.0);
        assertEquals(5_000e3, mixed.maxRange(), 0.0);
    }
}
