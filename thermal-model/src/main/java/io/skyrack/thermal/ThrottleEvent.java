package io.skyrack.thermal;

import java.util.Objects;

/**
 * A change of a GPU group's power level chosen by the controller.
 *
 * @param time time of the sample at which the new level starts (s, on the inputs' time axis)
 * @param tileId identifier of the TILE instance
 * @param group index of the GPU group in {@link TileThermalSpec#gpus()}
 * @param fromMode level before: a mode index, {@link GpuGroup#MODE_IDLE} or {@link GpuGroup#MODE_OFF}
 * @param toMode level after, coded the same way
 * @param reason why the level changed
 */
public record ThrottleEvent(double time, String tileId, int group, int fromMode, int toMode, Reason reason) {

    /** Checks structure. */
    public ThrottleEvent {
        Objects.requireNonNull(tileId, "tileId");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why a level changed. */
    public enum Reason {
        /** Down: solar power plus allowed battery discharge, after housekeeping, cannot carry the mode. */
        POWER,
        /** Down: the predicted junction temperature would pass the throttle (or, idle, shutdown) limit. */
        THERMAL,
        /** Up: the limit that held the group down no longer does. */
        RECOVERY
    }
}
