package io.skyrack.app.services;

import io.skyrack.app.edit.Autosave;
import java.time.Duration;
import javafx.animation.PauseTransition;

/** Runs an action once on the FX thread after a delay (autosave's timer). */
public final class FxScheduler implements Autosave.Scheduler {

    @Override
    public Runnable schedule(Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }
}
