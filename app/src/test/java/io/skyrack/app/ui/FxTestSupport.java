package io.skyrack.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Chooses how the UI tests run: on the real display when one is set (Xvfb in CI, with Mesa and
 * {@code -Dprism.forceGPU=true} so that 3D renders), otherwise on Monocle's headless platform, which has no
 * 3D pipeline.
 */
final class FxTestSupport {

    private FxTestSupport() {
    }

    /** @return true when the tests run on a real (possibly virtual) display */
    static boolean hasDisplay() {
        String d = System.getenv("DISPLAY");
        return d != null && !d.isBlank() && !Boolean.getBoolean("testfx.headless");
    }

    /** Sets the system properties for the platform; call before the toolkit starts. */
    static void configure() {
        System.setProperty("skyrack.prefs.node", "io/skyrack/uitest");
        // recovery files of the UI tests go to a fresh folder: none of the user's, none offered to the tests
        try {
            System.setProperty("skyrack.recovery.dir",
                    Files.createTempDirectory("skyrack-uitest-recovery").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!hasDisplay()) {
            System.setProperty("testfx.robot", "glass");
            System.setProperty("testfx.headless", "true");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            // a screen large enough for the 1440 x 900 window
            System.setProperty("headless.geometry", "1600x1000-32");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
    }

    /**
     * Saves a snapshot of a scene as PNG under the screenshot folder (target/screenshots).
     *
     * @param scene scene to capture (call on the FX thread)
     * @param name file name without extension
     * @return the file written
     */
    static Path screenshot(Scene scene, String name) {
        Path dir = Path.of(System.getProperty("skyrack.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            WritableImage img = scene.snapshot(null);
            BufferedImage buffered = SwingFXUtils.fromFXImage(img, null);
            Path file = dir.resolve(name + ".png");
            ImageIO.write(buffered, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Takes a screenshot from any thread, on the FX thread.
     *
     * @param scene scene to capture
     * @param name file name without extension
     * @return the file written
     * @throws Exception when the snapshot fails
     */
    static Path screenshotFx(Scene scene, String name) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> screenshot(scene, name)).get();
    }

    /**
     * Starts the workbench on its default plan and waits until its window is complete and the plan is on the
     * globe.
     *
     * @param dialogs answers to the dialogs, or {@code null} for the real ones
     * @return the application
     * @throws Exception when it does not come up within a minute
     */
    static io.skyrack.app.WorkbenchApp startWorkbench(io.skyrack.app.services.DialogService dialogs) throws Exception {
        return startWorkbench(dialogs, dir -> { });
    }

    /**
     * Starts the workbench as {@link #startWorkbench(io.skyrack.app.services.DialogService)} does, after letting
     * the test put files in the fresh recovery folder (work "left by a crashed session").
     *
     * @param dialogs answers to the dialogs, or {@code null} for the real ones
     * @param recoveryDir called with the recovery folder before the workbench starts
     * @return the application
     * @throws Exception when it does not come up within a minute
     */
    static io.skyrack.app.WorkbenchApp startWorkbench(io.skyrack.app.services.DialogService dialogs,
            ThrowingConsumer<java.nio.file.Path> recoveryDir) throws Exception {
        configure();
        recoveryDir.accept(java.nio.file.Path.of(System.getProperty("skyrack.recovery.dir")));
        org.testfx.api.FxToolkit.registerPrimaryStage();
        io.skyrack.app.WorkbenchApp.useDialogs(dialogs == null ? null : s -> dialogs);
        io.skyrack.app.WorkbenchApp app = (io.skyrack.app.WorkbenchApp) org.testfx.api.FxToolkit.setupApplication(
                io.skyrack.app.WorkbenchApp::new);
        org.testfx.util.WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> app.viewModel() != null
                && app.view() != null && app.view().completeProperty().get()
                && app.viewModel().planProperty().get() != null && app.viewModel().geometryProperty().get() != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return app;
    }

    /**
     * Closes the workbench started by {@link #startWorkbench} and puts the real dialogs back.
     *
     * @param app the application
     * @throws Exception when the toolkit cannot clean up
     */
    static void stopWorkbench(io.skyrack.app.WorkbenchApp app) throws Exception {
        io.skyrack.app.WorkbenchApp.useDialogs(null);
        org.testfx.api.FxToolkit.cleanupApplication(app);
        org.testfx.api.FxToolkit.cleanupStages();
    }

    /**
     * @param node where to start
     * @param id a node id
     * @return the first node below it (itself included, into 3D sub-scenes) with that id, or null
     */
    static javafx.scene.Node find(javafx.scene.Node node, String id) {
        if (id.equals(node.getId())) {
            return node;
        }
        if (node instanceof javafx.scene.SubScene s) {
            return find(s.getRoot(), id);
        }
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                javafx.scene.Node hit = find(child, id);
                if (hit != null) {
                    return hit;
                }
            }
        }
        return null;
    }

    /** A consumer that may throw. */
    @FunctionalInterface
    interface ThrowingConsumer<T> {
        void accept(T t) throws Exception;
    }
}
