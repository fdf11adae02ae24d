package io.skyrack.app;

import javafx.application.Application;

/** Starts the JavaFX workbench from a plain {@code main} (JavaFX on the class path needs this indirection). */
public final class WorkbenchLauncher {

    private WorkbenchLauncher() {
    }

    /**
     * Starts the workbench and returns when its window closes.
     *
     * @param plan plan file or {@code sample:NAME} to open, or {@code null} for the default sample
     */
    public static void launch(String plan) {
        // reading the plan and computing its orbits overlap the JavaFX toolkit's start
        StartupTrace.mark("main");
        StartupLoader.start(plan);
        Application.launch(WorkbenchApp.class);
    }
}
