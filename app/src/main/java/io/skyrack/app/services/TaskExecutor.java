package io.skyrack.app.services;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs long work off the FX thread and reports back on it; tests use a synchronous implementation. */
public interface TaskExecutor {

    /**
     * @param title what the work is, shown to the user while it runs
     * @param work the work, run on a background thread
     * @param onDone receives the result on the FX thread
     * @param onFail receives the failure on the FX thread
     * @param <T> result type
     */
    <T> void run(String title, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFail);

    /** A synchronous executor for tests and headless use: the work runs on the caller's thread. */
    TaskExecutor DIRECT = new TaskExecutor() {
        @Override
        public <T> void run(String title, Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFail) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFail.accept(e);
                return;
            }
            onDone.accept(result);
        }
    };
}
