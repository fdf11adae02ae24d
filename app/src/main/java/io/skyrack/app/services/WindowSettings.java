package io.skyrack.app.services;

import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The workbench's look and window, remembered between runs in the user's preferences: the AtlantaFX Primer
 * theme in its light or dark mode, and the main window's position, size and maximised state.
 */
public final class WindowSettings {

    private static final String DARK = "theme.dark";
    private final Preferences prefs;
    private final BooleanProperty dark = new SimpleBooleanProperty();

    /** @param prefs preferences node */
    public WindowSettings(Preferences prefs) {
        this.prefs = prefs;
        dark.set(prefs.getBoolean(DARK, false));
        dark.addListener((o, a, b) -> {
            prefs.putBoolean(DARK, b);
            applyTheme();
        });
    }

    /** @return true for the dark theme; changing it restyles every window at once */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Sets the application-wide style sheet for the chosen mode. */
    public void applyTheme() {
        Application.setUserAgentStylesheet(io.skyrack.app.theme.ThemeStylesheets.userAgent(dark.get()));
    }

    /**
     * Restores the window's last bounds when they are still on a screen, and remembers them on close.
     *
     * @param stage the main window
     * @param width default width
     * @param height default height
     */
    public void manage(Stage stage, double width, double height) {
        double w = prefs.getDouble("window.width", width);
        double h = prefs.getDouble("window.height", height);
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        stage.setWidth(Math.max(800, w));
        stage.setHeight(Math.max(560, h));
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
        stage.setOnHidden(e -> save(stage));
    }

    private void save(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
        }
    }
}
