package io.skyrack.app.services;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** Runs work on a pool of daemon threads and hands results back with {@link Platform#runLater}. */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "skyrack-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper currentTitle = new ReadOnlyStringWrapper("");

    @Override
    public <T> void run(String title, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
        running.set(running.get() + 1);
        currentTitle.set(title);
        pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    finish();
                    onDone.accept(result);
                });
            } catch (Exception | Error e) {
                Platform.runLater(() -> {
                    finish();
                    onFail.accept(e);
                });
            }
        });
    }

    private void finish() {
        running.set(running.get() - 1);
        if (running.get() == 0) {
            currentTitle.set("");
        }
    }

    /** @return number of tasks in flight (FX thread) */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return title of the most recently started task while any runs, else empty */
    public ReadOnlyStringProperty currentTitleProperty() {
        return currentTitle.getReadOnlyProperty();
    }
}
