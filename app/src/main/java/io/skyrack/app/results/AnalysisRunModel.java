package io.skyrack.app.results;

import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.analysis.AnalysisPipeline;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.validation.PlanValidator;
import io.skyrack.gpu.GpuCatalog;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Runs the analysis engines on the open plan off the FX thread, with progress and cancellation, and holds the
 * latest result. A result belongs to the plan it was computed from: when the plan changes the result is kept
 * but marked stale until the next run.
 */
public final class AnalysisRunModel {

    /**
     * The engines' threads: every core but one, so that the FX thread and the renderer always have a core (the
     * engines' parallel streams run in the pool of the task that starts them).
     */
    private static final java.util.concurrent.ForkJoinPool ENGINES = new java.util.concurrent.ForkJoinPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), pool -> {
                java.util.concurrent.ForkJoinWorkerThread t =
                        java.util.concurrent.ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setName("skyrack-engine-" + t.getPoolIndex());
                t.setDaemon(true);
                return t;
            }, null, false);

    private final OrekitContext orekit;
    private final GpuCatalog catalog;
    private final TaskExecutor tasks;
    private Consumer<Runnable> post = AnalysisRunModel::onFxThread;

    private final ReadOnlyObjectWrapper<Analysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Not analysed yet");
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private Plan current;
    private Consumer<Analysis> next;

    /**
     * @param orekit Orekit data
     * @param catalog GPU profiles
     * @param tasks background executor
     */
    public AnalysisRunModel(OrekitContext orekit, GpuCatalog catalog, TaskExecutor tasks) {
        this.orekit = orekit;
        this.catalog = catalog;
        this.tasks = tasks;
    }

    /**
     * @param poster runs progress updates on the FX thread (tests pass {@code Runnable::run})
     */
    public void setPoster(Consumer<Runnable> poster) {
        this.post = poster;
    }

    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /**
     * Tells the model which plan is open: a result of another plan becomes stale, none clears it.
     *
     * @param plan the open plan, or null
     */
    public void planChanged(Plan plan) {
        current = plan;
        if (plan == null) {
            analysis.set(null);
            stale.set(false);
            message.set("Not analysed yet");
            return;
        }
        Analysis a = analysis.get();
        boolean isStale = a != null && !a.plan().equals(plan);
        stale.set(isStale);
        if (a == null) {
            message.set("Not analysed yet: Analysis → Analyze (F5)");
        } else if (isStale) {
            message.set("Results are stale: the plan changed since the last analysis (F5 to update)");
        }
    }

    /**
     * Hands the open plan's analysis to {@code then}: at once when the latest result is of this plan, else after
     * a new analysis (nothing happens when it fails or is cancelled; the message says why).
     *
     * @param then receives the analysis on the FX thread
     */
    public void analyzeThen(Consumer<Analysis> then) {
        Analysis a = analysis.get();
        if (a != null && current != null && a.plan().equals(current)) {
            then.accept(a);
            return;
        }
        next = then;
        if (!running.get()) {
            analyze();
        }
    }

    /** Analyses the open plan in the background; does nothing while a run is in progress. */
    public void analyze() {
        Plan plan = current;
        if (plan == null || running.get()) {
            return;
        }
        long errors = PlanValidator.validate(plan, catalog).stream().filter(f -> f.isError()).count();
        if (errors > 0) {
            message.set("The plan has " + errors + " error(s); fix them before analysing (see Findings)");
            next = null;
            return;
        }
        AtomicBoolean flag = new AtomicBoolean();
        cancel = flag;
        running.set(true);
        stage.set("Starting");
        progress.set(0);
        message.set("Analysing " + plan.name() + "…");
        AtomicBoolean pending = new AtomicBoolean();
        ProgressMonitor monitor = new ProgressMonitor() {
            private volatile String lastStage = "";
            private volatile double lastFraction;

            @Override
            public void progress(String s, double fraction) {
                lastStage = s;
                lastFraction = fraction;
                if (pending.compareAndSet(false, true)) {
                    post.accept(() -> {
                        pending.set(false);
                        stage.set(lastStage);
                        progress.set(lastFraction);
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return flag.get();
            }
        };
        long t0 = System.nanoTime();
        tasks.run("Analyze " + plan.name(), () -> ENGINES.submit(() -> new AnalysisPipeline(orekit, catalog)
                .analyze(plan, monitor)).get(), a -> {
            running.set(false);
            stage.set("");
            progress.set(1);
            analysis.set(a);
            stale.set(current != null && !a.plan().equals(current));
            message.set(String.format(Locale.ROOT, "Analysed %s in %.1f s: %d satellites, %d eclipses, %d contacts, "
                            + "%d link windows", plan.name(), (System.nanoTime() - t0) / 1e9, a.grid().satelliteCount(),
                    a.lighting().intervals().size(), a.contacts().passes().size(), a.linkWindows().size()));
            Consumer<Analysis> then = next;
            next = null;
            if (then != null && current != null && a.plan().equals(current)) {
                then.accept(a);
            }
        }, e -> {
            next = null;
            running.set(false);
            stage.set("");
            progress.set(0);
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                    ? e.getCause() : e;
            message.set(cause instanceof CancellationException ? "Analysis cancelled"
                    : "Analysis failed: " + cause.getMessage());
        });
    }

    /** Asks a running analysis to stop; it ends at its next check, within a fraction of a second. */
    public void cancel() {
        cancel.set(true);
    }

    /** @return the latest result, or null */
    public ReadOnlyObjectProperty<Analysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    /** @return true while an analysis runs */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** @return true when the result was computed from another version of the plan */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** @return the engine stage running now */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** @return progress of the stage running now (0–1) */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** @return what the results are: not analysed, analysing, done, stale, failed */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
