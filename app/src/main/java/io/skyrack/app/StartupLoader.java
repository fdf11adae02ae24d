package io.skyrack.app;

import io.skyrack.app.globe.GlobeGeometry;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The work of start-up that does not need the FX thread, started before the JavaFX toolkit so that the two
 * overlap: the Orekit data context, the GPU catalog, reading the initial plan and computing its orbits for the
 * globe. The window is built while these run; the plan appears when its orbits are ready.
 */
public final class StartupLoader {

    /**
     * The initial plan as read, with its globe geometry when it has no errors.
     *
     * @param result what reading gave
     * @param file the plan's file, or {@code null} for a sample
     * @param label what the title shows as the source
     * @param geometry orbits for the globe, or {@code null} (errors, or they could not be computed)
     */
    public record Initial(PlanFiles.LoadResult result, Path file, String label, GlobeGeometry geometry) {
    }

    private static volatile StartupLoader current;

    private final CompletableFuture<OrekitContext> orekit;
    private final CompletableFuture<GpuCatalog> catalog;
    private final CompletableFuture<Initial> initial;

    private StartupLoader(String plan) {
        Executor background = r -> {
            Thread t = new Thread(r, "skyrack-startup");
            t.setDaemon(true);
            t.start();
        };
        orekit = CompletableFuture.supplyAsync(() -> {
            OrekitContext o = OrekitContext.fromSettings(null);
            StartupTrace.mark("Orekit context");
            return o;
        }, background);
        catalog = CompletableFuture.supplyAsync(() -> {
            GpuCatalog c = GpuCatalog.builtIn();
            StartupTrace.mark("GPU catalog");
            return c;
        }, background);
        initial = catalog.thenApplyAsync(c -> read(plan, c), background)
                .thenCombineAsync(orekit, StartupLoader::withGeometry, background);
    }

    /**
     * Starts loading.
     *
     * @param plan plan file, {@code sample:NAME}, or {@code null} for the default sample
     * @return the loader, also kept for {@link #current()}
     */
    public static StartupLoader start(String plan) {
        StartupLoader l = new StartupLoader(plan);
        current = l;
        return l;
    }

    /**
     * @return the loader started by the launcher, taken so that a second application start in the same JVM (tests)
     *     loads afresh; a new one for the default sample when none was started
     */
    static StartupLoader take() {
        StartupLoader l = current;
        current = null;
        return l != null ? l : start(null);
    }

    private static Initial read(String plan, GpuCatalog catalog) {
        try {
            if (plan == null || plan.startsWith("sample:")) {
                String name = plan == null ? SamplePlans.DEFAULT : plan.substring("sample:".length());
                return new Initial(PlanFiles.parse(SamplePlans.text(name), catalog), null, "sample " + name, null);
            }
            Path file = Path.of(plan);
            return new Initial(PlanFiles.load(file, catalog), file, file.getFileName().toString(), null);
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + plan + ": " + e.getMessage(), e);
        }
    }

    private static Initial withGeometry(Initial i, OrekitContext orekit) {
        if (i.result().plan().isEmpty() || i.result().hasErrors()) {
            return i;
        }
        try {
            GlobeGeometry g = GlobeGeometry.compute(i.result().plan().get(), orekit);
            StartupTrace.mark("orbits of the initial plan");
            return new Initial(i.result(), i.file(), i.label(), g);
        } catch (RuntimeException e) {
            return i;
        }
    }

    /** @return the Orekit context */
    public CompletableFuture<OrekitContext> orekit() {
        return orekit;
    }

    /** @return the GPU catalog */
    public CompletableFuture<GpuCatalog> catalog() {
        return catalog;
    }

    /** @return the initial plan */
    public CompletableFuture<Initial> initial() {
        return initial;
    }
}
