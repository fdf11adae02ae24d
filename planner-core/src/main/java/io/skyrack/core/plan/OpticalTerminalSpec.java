package io.skyrack.core.plan;

import java.util.Objects;

/**
 * The optical crosslink terminals a satellite carries.
 *
 * @param count number of terminals (each serves one link at a time)
 * @param maxRange largest range at which a link is closed (m)
 * @param model how the data rate is found
 */
public record OpticalTerminalSpec(int count, double maxRange, TerminalModel model) {

    /** Checks structure. */
    public OpticalTerminalSpec {
        Objects.requireNonNull(model, "model");
    }

    /** How a terminal's data rate is determined. */
    public sealed interface TerminalModel permits FixedRate, LinkBudget {
    }

    /**
     * A fixed data rate at any range up to the maximum (for example SDA Tranche-1 class, 2.5 Gbit/s).
     *
     * @param rate data rate (bit/s)
     */
    public record FixedRate(double rate) implements TerminalModel {
    }

    /**
     * An optical link budget; the rate is the nominal rate while the received power exceeds the
     * receiver sensitivity, and the margin is reported.
     *
     * @param transmitPower optical transmit power (W)
     * @param transmitApertureDiameter transmit telescope diameter (m)
     * @param receiveApertureDiameter receive telescope diameter (m)
     * @param wavelength laser wavelength (m)
     * @param pointingLossDb pointing loss (dB, positive)
     * @param receiverSensitivityDbm receiver sensitivity at the nominal rate (dBm)
     * @param nominalRate data rate when the link closes (bit/s)
     */
    public record LinkBudget(double transmitPower, double transmitApertureDiameter, double receiveApertureDiameter,
                             double wavelength, double pointingLossDb, double receiverSensitivityDbm,
                             double nominalRate) implements TerminalModel {
    }
}
