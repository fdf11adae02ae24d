package io.skyrack.thermal;

import java.util.ArrayList;
import java.util.List;

/**
 * GPU modules of one kind on a TILE, all commanded to the same power mode.
 *
 * <p>Figures a vendor does not publish are passed as {@link Double#NaN}; the model then uses the documented
 * defaults below and lists each use in {@link #assumptions(String)}. The mode array is shared, not copied:
 * callers must not modify it.
 *
 * @param count number of modules in the group
 * @param modePowersW electrical power of each power mode, ascending (W per module)
 * @param commandedMode index into {@code modePowersW} of the mode operations command; the controller never
 *        goes above it
 * @param idleW power drawn when idle (W per module), or NaN when unpublished: the module is then switched
 *        off instead of idled when it cannot run its lowest mode
 * @param junctionToCaseKPerW junction-to-case (board) thermal resistance (K/W), or NaN when unpublished
 * @param throttleK junction temperature at which the module throttles (K), or NaN when unpublished
 * @param shutdownK junction temperature at which the module shuts down (K), or NaN when unpublished
 */
public record GpuGroup(int count, double[] modePowersW, int commandedMode, double idleW, double junctionToCaseKPerW,
                       double throttleK, double shutdownK) {

    /** Power level of a module that is idle: below the lowest mode, drawing {@link #idleW()}. */
    public static final int MODE_IDLE = -1;

    /** Power level of a module that is switched off: no power, no heat. */
    public static final int MODE_OFF = -2;

    /**
     * Junction-to-case resistance used when none is published (K/W): an engineering assumption for a Jetson
     * class module on its thermal transfer plate, giving a 7.5–18 K junction rise over the case at 25–60 W.
     * NVIDIA publishes no figure for these modules; a measured value belongs in the GPU profile.
     */
    public static final double DEFAULT_JUNCTION_TO_CASE_K_PER_W = 0.3;

    /**
     * Throttle temperature used when none is published (K): 99 °C, the passive trip point of the T234 SoC
     * in NVIDIA's Jetson AGX Orin device tree (the Orin NX and Nano use the same SoC).
     */
    public static final double DEFAULT_THROTTLE_K = 372.15;

    /**
     * Gap between throttle and shutdown used when no shutdown temperature is published (K): 5.5 K, the gap
     * between the passive (99 °C) and critical (104.5 °C) trip points of the same device tree.
     */
    public static final double DEFAULT_SHUTDOWN_GAP_K = 5.5;

    /** @return junction-to-case resistance in use: the published one, or the default (K/W) */
    public double effectiveJunctionToCase() {
        return Double.isNaN(junctionToCaseKPerW) ? DEFAULT_JUNCTION_TO_CASE_K_PER_W : junctionToCaseKPerW;
    }

    /** @return throttle temperature in use: the published one, or the default (K) */
    public double effectiveThrottleK() {
        return Double.isNaN(throttleK) ? DEFAULT_THROTTLE_K : throttleK;
    }

    /** @return shutdown temperature in use: the published one, or throttle plus the default gap (K) */
    public double effectiveShutdownK() {
        return Double.isNaN(shutdownK) ? effectiveThrottleK() + DEFAULT_SHUTDOWN_GAP_K : shutdownK;
    }

    /** @return whether the idle power is known, so that the module can idle rather than switch off */
    public boolean canIdle() {
        return !Double.isNaN(idleW);
    }

    /**
     * @param level a mode index, {@link #MODE_IDLE} or {@link #MODE_OFF}
     * @return electrical power of one module at that level (W)
     */
    public double modulePower(int level) {
        if (level >= 0) {
            return modePowersW[level];
        }
        return level == MODE_IDLE && canIdle() ? idleW : 0.0;
    }

    /**
     * @param level a mode index or {@link #MODE_IDLE}
     * @return the next level down: the mode below, idle below the lowest mode (off when idle power is
     *     unknown), off below idle
     */
    public int levelBelow(int level) {
        if (level > 0) {
            return level - 1;
        }
        if (level == 0 && canIdle()) {
            return MODE_IDLE;
        }
        return MODE_OFF;
    }

    /**
     * Checks ranges and the commanded mode.
     *
     * @param prefix path of this group, such as {@code gpus[0]}
     * @param out where findings go
     */
    void validate(String prefix, List<ThermalFinding> out) {
        if (count < 0) {
            out.add(new ThermalFinding(prefix + ".count", "must not be negative, was " + count));
        }
        if (modePowersW == null || modePowersW.length == 0) {
            out.add(new ThermalFinding(prefix + ".modePowersW", "at least one power mode is required"));
        } else {
            for (int m = 0; m < modePowersW.length; m++) {
                String field = prefix + ".modePowersW[" + m + "]";
                if (Checks.positive(out, field, modePowersW[m]) && m > 0 && modePowersW[m] < modePowersW[m - 1]) {
                    out.add(new ThermalFinding(field, "power modes must be in ascending order"));
                }
            }
            if (commandedMode < 0 || commandedMode >= modePowersW.length) {
                out.add(new ThermalFinding(prefix + ".commandedMode", "the GPU has no power mode " + commandedMode
                        + " (it has " + modePowersW.length + ")"));
            }
        }
        Checks.nanOrNonNegative(out, prefix + ".idleW", idleW);
        Checks.nanOrNonNegative(out, prefix + ".junctionToCaseKPerW", junctionToCaseKPerW);
        boolean throttleOk = Checks.nanOrPositive(out, prefix + ".throttleK", throttleK);
        boolean shutdownOk = Checks.nanOrPositive(out, prefix + ".shutdownK", shutdownK);
        if (throttleOk && shutdownOk && !Double.isNaN(shutdownK) && shutdownK < effectiveThrottleK()) {
            out.add(new ThermalFinding(prefix + ".shutdownK", "must not be below the throttle temperature "
                    + effectiveThrottleK() + " K"));
        }
    }

    /**
     * @param prefix path of this group, such as {@code gpus[0]}
     * @return one finding per default the model uses in place of an unpublished figure
     */
    List<ThermalFinding> assumptions(String prefix) {
        List<ThermalFinding> out = new ArrayList<>();
        if (Double.isNaN(junctionToCaseKPerW)) {
            out.add(new ThermalFinding(prefix + ".junctionToCaseKPerW", "not published; assumed "
                    + DEFAULT_JUNCTION_TO_CASE_K_PER_W + " K/W (module on its thermal transfer plate)"));
        }
        if (Double.isNaN(throttleK)) {
            out.add(new ThermalFinding(prefix + ".throttleK", "not published; assumed " + DEFAULT_THROTTLE_K
                    + " K (99 °C, Jetson AGX Orin T234 passive trip point)"));
        }
        if (Double.isNaN(shutdownK)) {
            out.add(new ThermalFinding(prefix + ".shutdownK", "not published; assumed throttle + "
                    + DEFAULT_SHUTDOWN_GAP_K + " K (104.5 °C for the default throttle)"));
        }
        if (Double.isNaN(idleW)) {
            out.add(new ThermalFinding(prefix + ".idleW", "not published; a module that cannot run its lowest "
                    + "mode is switched off"));
        }
        return out;
    }
}
