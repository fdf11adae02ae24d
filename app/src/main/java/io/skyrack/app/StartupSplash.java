package io.skyrack.app;

import io.skyrack.app.globe.GlobeWarmUp;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * What the main window shows for the second or so in which the workbench is built: the name, a line of text, and
 * (with 3D) a small globe that makes the renderer ready for the real one ({@link GlobeWarmUp}). Plain shapes and
 * text, no controls, so that it needs no theme and shows at once.
 */
final class StartupSplash {

    private StartupSplash() {
    }

    /** @return the splash's root */
    static Parent create() {
        VBox box = new VBox(14);
        box.setAlignment(Pos.CENTER);
        if (Platform.isSupported(ConditionalFeature.SCENE3D)) {
            box.getChildren().add(GlobeWarmUp.create(220));
        }
        Text name = new Text("Skyrack");
        name.setFill(Color.web("#f0f3f8"));
        name.setFont(Font.font("System", FontWeight.BOLD, 26));
        Text what = new Text("Opening the workbench…");
        what.setFill(Color.web("#8d97ad"));
        what.setFont(Font.font("System", 14));
        box.getChildren().addAll(name, what);
        StackPane root = new StackPane(box);
        root.setId("startup-splash");
        root.setStyle("-fx-background-color: #05070d;");
        return root;
    }

    /**
     * Runs {@code build} on the FX thread once the scene has been through a pulse, that is once its first frame is
     * handed to the render thread, so that the two threads work at the same time.
     *
     * @param scene the window's scene, showing the splash
     * @param build what builds the workbench
     */
    static void buildAfterFirstPulse(Scene scene, Runnable build) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // after the pulse in progress has finished and passed its frame on
            Platform.runLater(build);
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
