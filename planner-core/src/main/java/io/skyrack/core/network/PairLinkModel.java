package io.skyrack.core.network;

import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.OpticalTerminalSpec.FixedRate;
import io.skyrack.core.plan.OpticalTerminalSpec.LinkBudget;

/**
 * What a link between two particular terminals can do: how far it reaches, at what rate, with what margin.
 *
 * <p>When the two ends differ, the weaker end sets the link: the rate is the lower of the two; the margin is
 * that of the end whose budget, evaluated as if both ends were alike, has the lower margin (the margin falls
 * by 20 dB per decade of range at both, so one end is the weaker at every range). A fixed-rate end has no
 * budget; a pair with one budget end takes that end's margin, and a pair of fixed-rate ends has none (NaN).
 *
 * @param maxRange largest range at which the link is available: the smallest of the policy's range, both
 *                 terminals' ranges and, with a budget, the range at which the margin reaches 0 dB (m)
 * @param rate data rate while the link is available (bit/s)
 * @param marginAtOneMetreDb link margin at 1 m, {@code margin(d) = M₁ − 20 log₁₀(d)} (dB); NaN for fixed rate
 */
public record PairLinkModel(double maxRange, double rate, double marginAtOneMetreDb) {

    /**
     * @param a first satellite's terminals
     * @param b second satellite's terminals
     * @param policyMaxRange the crosslink policy's largest range (m)
     * @return the link model of the pair
     */
    public static PairLinkModel of(OpticalTerminalSpec a, OpticalTerminalSpec b, double policyMaxRange) {
        double range = Math.min(policyMaxRange, Math.min(a.maxRange(), b.maxRange()));
        double rate = Math.min(rate(a), rate(b));
        double ma = margin(a);
        double mb = margin(b);
        double margin = Double.isNaN(ma) ? mb : Double.isNaN(mb) ? ma : Math.min(ma, mb);
        if (!Double.isNaN(margin)) {
            range = Math.min(range, Math.pow(10, margin / 20));
        }
        return new PairLinkModel(Math.max(0, range), rate, margin);
    }

    private static double rate(OpticalTerminalSpec t) {
        if (t.model() instanceof FixedRate f) {
            return f.rate();
        }
        return ((LinkBudget) t.model()).nominalRate();
    }

    private static double margin(OpticalTerminalSpec t) {
        return t.model() instanceof LinkBudget lb ? LinkBudgets.marginAtOneMetreDb(lb) : Double.NaN;
    }

    /** @return true when the link has a budget (and so a margin) */
    public boolean hasBudget() {
        return !Double.isNaN(marginAtOneMetreDb);
    }

    /**
     * @param range distance between the satellites (m)
     * @return the link margin at that range (dB), NaN for fixed rate
     */
    public double marginDb(double range) {
        return marginAtOneMetreDb - 20 * Math.log10(range);
    }
}
