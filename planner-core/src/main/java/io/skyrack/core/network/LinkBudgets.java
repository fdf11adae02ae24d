package io.skyrack.core.network;

import io.skyrack.core.plan.OpticalTerminalSpec.LinkBudget;

/**
 * The free-space optical link budget of a {@link LinkBudget} terminal model.
 *
 * <p>Received power {@code Pr = Pt · Gt · Gr · (λ / (4π d))² · 10^(−Lp/10)}, with diffraction-limited
 * aperture gains {@code G = (π D / λ)²}; the margin is {@code Pr[dBm] − sensitivity[dBm]}. The margin falls by
 * 20 dB per decade of range, so a budget is summed up by its margin at 1 m, {@code M₁}:
 * {@code margin(d) = M₁ − 20 log₁₀(d)}, and the link closes out to {@code d = 10^(M₁/20)}.
 */
public final class LinkBudgets {

    private LinkBudgets() {
    }

    /**
     * @param apertureDiameter telescope diameter (m)
     * @param wavelength laser wavelength (m)
     * @return the aperture gain {@code (π D / λ)²} (linear)
     */
    public static double apertureGain(double apertureDiameter, double wavelength) {
        double g = Math.PI * apertureDiameter / wavelength;
        return g * g;
    }

    /**
     * @param budget the terminal model, used at both ends
     * @param range distance between the terminals (m)
     * @return the received optical power (W)
     */
    public static double receivedPower(LinkBudget budget, double range) {
        double space = budget.wavelength() / (4 * Math.PI * range);
        return budget.transmitPower()
                * apertureGain(budget.transmitApertureDiameter(), budget.wavelength())
                * apertureGain(budget.receiveApertureDiameter(), budget.wavelength())
                * space * space
                * Math.pow(10, -budget.pointingLossDb() / 10);
    }

    /**
     * @param budget the terminal model, used at both ends
     * @param range distance between the terminals (m)
     * @return the margin over the receiver sensitivity (dB)
     */
    public static double marginDb(LinkBudget budget, double range) {
        return 10 * Math.log10(receivedPower(budget, range) / 1e-3) - budget.receiverSensitivityDbm();
    }

    /**
     * @param budget the terminal model, used at both ends
     * @return the margin at 1 m (dB), from which {@code margin(d) = M₁ − 20 log₁₀(d)}
     */
    public static double marginAtOneMetreDb(LinkBudget budget) {
        return marginDb(budget, 1.0);
    }

    /**
     * @param budget the terminal model, used at both ends
     * @return the largest range at which the margin is not negative (m)
     */
    public static double closingRange(LinkBudget budget) {
        return Math.pow(10, marginAtOneMetreDb(budget) / 20);
    }
}
