package io.skyrack.app;

import javafx.application.Application;

/** Starts the JavaFX workbench from a plain {@code main} (JavaFX on the class path needs this indirection). */
public final class WorkbenchLauncher {

    private static volatile String initialPlan;

    private WorkbenchLauncher() {
    }

    /**
     * Starts the workbench and returns when its window closes.
     *
     * @param plan plan file or {@code sample:NAME} to open, or {@code null} for the default sample
     */
    public static void launch(String plan) {
        initialPlan = plan;
        Application.launch(WorkbenchApp.class);
    }

    /** @return the plan argument given to {@link #launch(String)}, or {@code null} */
    static String initialPlan() {
        return initialPlan;
    }
}
