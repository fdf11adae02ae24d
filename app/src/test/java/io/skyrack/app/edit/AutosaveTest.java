package io.skyrack.app.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutosaveTest {

    /** A clock the test advances by hand. */
    static final class ManualScheduler implements Autosave.Scheduler {
        final List<Runnable> pending = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable action) {
            pending.add(action);
            delays.add(delay);
            return () -> pending.remove(action);
        }

        void fire() {
            List<Runnable> now = new ArrayList<>(pending);
            pending.clear();
            now.forEach(Runnable::run);
        }
    }

    @Test
    void firstChangeArmsOneWriteAndLaterChangesDoNotPostponeIt() {
        ManualScheduler s = new ManualScheduler();
        int[] writes = {0};
        int[] clears = {0};
        Autosave a = new Autosave(s, Duration.ofSeconds(30), () -> writes[0]++, () -> clears[0]++);
        a.changed();
        a.changed();
        a.changed();
        assertEquals(1, s.pending.size());
        assertEquals(Duration.ofSeconds(30), s.delays.get(0));
        s.fire();
        assertEquals(1, writes[0]);
        assertFalse(a.armed());
        a.changed();
        assertTrue(a.armed());
        a.clean();
        assertFalse(a.armed());
        assertTrue(s.pending.isEmpty(), "cleaning cancels the pending write");
        assertEquals(1, clears[0]);
        s.fire();
        assertEquals(1, writes[0]);
    }

    @Test
    void delayComesFromTheSystemPropertyWhenValid() {
        String old = System.getProperty(Autosave.DELAY_PROPERTY);
        try {
            System.setProperty(Autosave.DELAY_PROPERTY, "0.5");
            assertEquals(Duration.ofMillis(500), Autosave.configuredDelay());
            System.setProperty(Autosave.DELAY_PROPERTY, "-3");
            assertEquals(Autosave.DEFAULT_DELAY, Autosave.configuredDelay());
            System.setProperty(Autosave.DELAY_PROPERTY, "soon");
            assertEquals(Autosave.DEFAULT_DELAY, Autosave.configuredDelay());
        } finally {
            if (old == null) {
                System.clearProperty(Autosave.DELAY_PROPERTY);
            } else {
                System.setProperty(Autosave.DELAY_PROPERTY, old);
            }
        }
    }
}
