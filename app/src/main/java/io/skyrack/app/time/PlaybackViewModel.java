package io.skyrack.app.time;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The shown time within an analysis window and how it moves: play, pause, speed, scrubbing and jumps. Holds no
 * controls; the view's frame clock calls {@link #advance} with the real time elapsed.
 *
 * <p>Playing runs the window as a loop: past its end the time starts again from its beginning, which suits a
 * demonstration left running.
 */
public final class PlaybackViewModel {

    /** Slowest speed: real time. */
    public static final double MIN_SPEED = 1;
    /** Fastest speed: 10,000 s of orbit per second. */
    public static final double MAX_SPEED = 10_000;
    /** Speed when a window is first shown: a 95-minute orbit in about 6 s. */
    public static final double DEFAULT_SPEED = 1_000;

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper speed = new ReadOnlyDoubleWrapper(DEFAULT_SPEED);
    private final ReadOnlyDoubleWrapper time = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyDoubleWrapper duration = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Instant> start = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper("");
    private boolean scrubbing;
    private Instant lastStart;
    private double lastDuration;
    private double lastTime;
    private long shownSecond = Long.MIN_VALUE;

    /**
     * Shows a window. The time is kept when the window is the one already shown (a re-analysis of the same
     * plan) or the one shown before the last {@link #clear}, otherwise it starts at the window's beginning.
     *
     * @param windowStart time of the window's first sample (UTC)
     * @param windowLength length of the window (s), not negative
     */
    public void setWindow(Instant windowStart, double windowLength) {
        if (!(windowLength >= 0)) {
            throw new IllegalArgumentException("window length must be ≥ 0 s, got " + windowLength);
        }
        boolean same = available.get() && windowStart.equals(start.get()) && windowLength == duration.get();
        // an edit of the plan clears the globe while its orbits are recomputed: the same window comes back
        boolean back = !available.get() && windowStart.equals(lastStart) && windowLength == lastDuration;
        start.set(windowStart);
        duration.set(windowLength);
        available.set(true);
        if (back) {
            setTime(lastTime);
        } else if (!same) {
            setTime(0);
        }
        updateClock(true);
    }

    /** Shows no window: nothing to play. The time is remembered in case the same window comes back. */
    public void clear() {
        if (available.get()) {
            lastStart = start.get();
            lastDuration = duration.get();
            lastTime = time.get();
        }
        playing.set(false);
        available.set(false);
        start.set(null);
        duration.set(0);
        setTime(0);
        clock.set("");
    }

    /** Starts playing, when a window is shown. */
    public void play() {
        if (available.get()) {
            playing.set(true);
        }
    }

    /** Stops playing; the time stays where it is. */
    public void pause() {
        playing.set(false);
    }

    /** Plays when paused, pauses when playing. */
    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * @param secondsPerSecond window seconds shown per real second, {@value #MIN_SPEED} to {@value #MAX_SPEED}
     */
    public void setSpeed(double secondsPerSecond) {
        if (!(secondsPerSecond >= MIN_SPEED && secondsPerSecond <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be within " + MIN_SPEED + "–" + MAX_SPEED + "×, got "
                    + secondsPerSecond);
        }
        speed.set(secondsPerSecond);
    }

    /**
     * Moves the shown time; a time outside the window goes to its nearer end.
     *
     * @param t seconds from the window start
     */
    public void seek(double t) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException("cannot seek to NaN");
        }
        if (available.get()) {
            setTime(Math.max(0, Math.min(duration.get(), t)));
        }
    }

    /**
     * @param on true while the user drags the scrub bar: playing then does not move the time under the pointer
     */
    public void setScrubbing(boolean on) {
        scrubbing = on;
    }

    /**
     * Advances the time while playing by the real time elapsed times the speed, looping at the window's end.
     *
     * @param realSeconds real time since the previous call (s)
     */
    public void advance(double realSeconds) {
        if (!playing.get() || scrubbing || !(realSeconds > 0)) {
            return;
        }
        double length = duration.get();
        double t = time.get() + realSeconds * speed.get();
        setTime(length > 0 ? t % length : 0);
    }

    private void setTime(double t) {
        time.set(t);
        updateClock(false);
    }

    private void updateClock(boolean force) {
        Instant s = start.get();
        if (s == null) {
            return;
        }
        // the text changes at most once a second of window time, not every frame
        long second = (long) Math.floor(time.get());
        if (force || second != shownSecond) {
            shownSecond = second;
            clock.set(CLOCK.format(s.plusSeconds(second)));
        }
    }

    /** @return the shown instant (UTC), or null when no window is shown */
    public Instant instant() {
        Instant s = start.get();
        return s == null ? null : s.plusNanos(Math.round(time.get() * 1e9));
    }

    /** @return true when a window is shown */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** @return true while playing */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** @return window seconds per real second */
    public ReadOnlyDoubleProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    /** @return the shown time, seconds from the window start */
    public ReadOnlyDoubleProperty timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** @return length of the window (s) */
    public ReadOnlyDoubleProperty durationProperty() {
        return duration.getReadOnlyProperty();
    }

    /** @return time of the window's first sample (UTC), or null */
    public ReadOnlyObjectProperty<Instant> startProperty() {
        return start.getReadOnlyProperty();
    }

    /** @return the shown time as text, to the second, such as {@code 2026-03-20 06:12:30 UTC} */
    public ReadOnlyStringProperty clockProperty() {
        return clock.getReadOnlyProperty();
    }
}
