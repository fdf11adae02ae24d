package io.skyrack.thermal;

import java.util.List;

/**
 * A TILE's battery: it stores surplus solar power and carries the loads in eclipse, never below its
 * depth-of-discharge floor.
 *
 * <p>The battery sits on the regulated bus after the MPPT and before distribution. Charging stores
 * {@code chargeEfficiency} of the bus power sent to it; discharging delivers {@code dischargeEfficiency} of
 * the stored energy it gives up. Both losses are heat on the board.
 *
 * @param capacityJ energy capacity (J); 0 means no battery
 * @param dodLimit deepest allowed depth of discharge (0–1): the charge never falls below
 *        {@code (1 − dodLimit) × capacityJ}
 * @param chargeEfficiency share of bus power stored when charging (0–1]
 * @param dischargeEfficiency share of stored energy delivered to the bus when discharging (0–1]
 */
public record Battery(double capacityJ, double dodLimit, double chargeEfficiency, double dischargeEfficiency) {

    /** No battery. */
    public static final Battery NONE = new Battery(0.0, 0.0, 1.0, 1.0);

    /** Joules in one watt-hour. */
    public static final double J_PER_WH = 3600.0;

    /**
     * @param capacityWh energy capacity (Wh)
     * @param dodLimit deepest allowed depth of discharge (0–1)
     * @param chargeEfficiency share of bus power stored when charging (0–1]
     * @param dischargeEfficiency share of stored energy delivered when discharging (0–1]
     * @return the battery
     */
    public static Battery ofWattHours(double capacityWh, double dodLimit, double chargeEfficiency,
                                      double dischargeEfficiency) {
        return new Battery(capacityWh * J_PER_WH, dodLimit, chargeEfficiency, dischargeEfficiency);
    }

    /** @return the lowest allowed charge, {@code (1 − dodLimit) × capacityJ} (J) */
    public double floorJ() {
        return (1.0 - dodLimit) * capacityJ;
    }

    /**
     * @param prefix path of the battery, such as {@code battery}
     * @param out where findings go
     */
    void validate(String prefix, List<ThermalFinding> out) {
        Checks.nonNegative(out, prefix + ".capacityJ", capacityJ);
        Checks.fraction(out, prefix + ".dodLimit", dodLimit);
        Checks.positiveFraction(out, prefix + ".chargeEfficiency", chargeEfficiency);
        Checks.positiveFraction(out, prefix + ".dischargeEfficiency", dischargeEfficiency);
    }
}
