package io.skyrack.core.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * What every satellite of a constellation carries: bus, TILE array, attitude, optical terminals and an
 * optional battery.
 *
 * @param busName name of the satellite bus
 * @param busMass dry mass of the bus without TILEs (kg)
 * @param tileArray the TILE array
 * @param attitude attitude mode
 * @param terminals optical crosslink terminals
 * @param battery battery, if any
 */
public record SatelliteTemplate(
        String busName,
        double busMass,
        TileArray tileArray,
        AttitudeMode attitude,
        OpticalTerminalSpec terminals,
        Optional<Battery> battery) {

    /** Checks structure. */
    public SatelliteTemplate {
        Objects.requireNonNull(busName, "busName");
        Objects.requireNonNull(tileArray, "tileArray");
        Objects.requireNonNull(attitude, "attitude");
        Objects.requireNonNull(terminals, "terminals");
        Objects.requireNonNull(battery, "battery");
    }

    /** @param array TILE array @return a copy with another TILE array */
    public SatelliteTemplate withTileArray(TileArray array) {
        return new SatelliteTemplate(busName, busMass, array, attitude, terminals, battery);
    }

    /**
     * @param newBattery the battery, or empty for none
     * @return this template with another battery
     */
    public SatelliteTemplate withBattery(Optional<Battery> newBattery) {
        return new SatelliteTemplate(busName, busMass, tileArray, attitude, terminals, newBattery);
    }

    /** Attitude modes of a TILE-carrying satellite. */
    public enum AttitudeMode {
        /** Solar face kept normal to the Sun (radiator faces away from it). */
        SUN_TRACKING,
        /** Solar face towards zenith, radiator towards nadir (Earth). */
        NADIR_POINTING,
        /** Fixed orientation in the inertial frame, solar face towards the Sun at the epoch. */
        INERTIAL_FIXED
    }

    /**
     * A rechargeable battery.
     *
     * @param capacity usable nameplate energy (J)
     * @param depthOfDischargeLimit largest allowed depth of discharge (0–1)
     * @param chargeEfficiency charge efficiency (0–1)
     * @param dischargeEfficiency discharge efficiency (0–1)
     */
    public record Battery(double capacity, double depthOfDischargeLimit, double chargeEfficiency,
                          double dischargeEfficiency) {
    }
}
