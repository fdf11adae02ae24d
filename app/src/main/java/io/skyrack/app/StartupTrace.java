package io.skyrack.app;

import java.lang.management.ManagementFactory;

/**
 * Milestones of start-up on standard error, with milliseconds since the JVM started, when
 * {@code -Dskyrack.startup.trace=true} is set (how the start-up figures in docs/workbench-3d.md were taken).
 */
public final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("skyrack.startup.trace");

    private StartupTrace() {
    }

    /**
     * @param milestone what was reached
     */
    public static void mark(String milestone) {
        if (ON) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("startup " + ms + " ms " + milestone + " [" + Thread.currentThread().getName() + "]");
        }
    }

    /**
     * Marks the first few frames the scene renders (when tracing).
     *
     * @param scene the window's scene
     */
    @SuppressWarnings("deprecation")
    public static void markFrames(javafx.scene.Scene scene) {
        if (ON) {
            int[] n = {0};
            com.sun.javafx.perf.PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(() -> {
                if (++n[0] <= 8) {
                    mark("frame " + n[0] + " rendered");
                }
            });
        }
    }
}
