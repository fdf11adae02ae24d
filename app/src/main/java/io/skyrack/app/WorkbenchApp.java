package io.skyrack.app;

import io.skyrack.app.edit.Autosave;
import io.skyrack.app.edit.RecoveryStore;
import io.skyrack.app.main.MainView;
import io.skyrack.app.main.MainViewModel;
import io.skyrack.app.services.DialogService;
import io.skyrack.app.services.FxDialogService;
import io.skyrack.app.services.FxScheduler;
import io.skyrack.app.services.FxTaskExecutor;
import io.skyrack.app.services.RecentFiles;
import io.skyrack.app.services.WindowSettings;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.gpu.GpuCatalog;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the services, the main view model and the main window. */
public final class WorkbenchApp extends Application {

    /** System property naming the preferences node (tests use their own). */
    public static final String PREFS_PROPERTY = "skyrack.prefs.node";

    private static volatile java.util.function.Function<Stage, DialogService> dialogFactory = FxDialogService::new;

    /** How long building the window waits for the initial plan before showing the workbench without it. */
    private static final long INITIAL_WAIT_MS = 2_000;

    private MainViewModel viewModel;
    private MainView view;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("FX start");
        StartupLoader boot = StartupLoader.take();
        Preferences prefs = Preferences.userRoot().node(System.getProperty(PREFS_PROPERTY, "io/skyrack/workbench"));
        WindowSettings window = new WindowSettings(prefs);
        // The window opens at once on a small globe drawn with the real globe's materials: a software renderer
        // spends its first 3D frame (shaders, texture upload) on it while the workbench is built on this thread.
        Scene scene = new Scene(StartupSplash.create(), 1440, 900);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("skyrack.css").toExternalForm());
        StartupTrace.markFrames(scene);
        stage.setScene(scene);
        window.manage(stage, 1440, 900);
        stage.titleProperty().unbind();
        stage.setTitle("Skyrack");
        stage.show();
        StartupTrace.mark("splash shown");
        StartupSplash.buildAfterFirstPulse(scene, () -> build(stage, scene, boot, prefs, window));
    }

    private void build(Stage stage, Scene scene, StartupLoader boot, Preferences prefs, WindowSettings window) {
        OrekitContext orekit = boot.orekit().join();
        GpuCatalog catalog = boot.catalog().join();
        DialogService dialogs = dialogFactory.apply(stage);
        window.applyTheme();
        StartupTrace.mark("theme");
        viewModel = new MainViewModel(orekit, catalog, new FxTaskExecutor(), dialogs, new RecentFiles(prefs));
        viewModel.enableAutosave(RecoveryStore.forThisProcess(), new FxScheduler(), Autosave.configuredDelay());
        StartupTrace.mark("view model");
        view = new MainView(viewModel);
        StartupTrace.mark("main view");
        view.darkThemeProperty().bindBidirectional(window.darkProperty());
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!viewModel.requestClose()) {
                e.consume();
            }
        });
        // The plan usually has been read and its orbits computed by now: it goes into the first layout of the
        // workbench rather than a second one. The FX thread does not wait for it: the splash stays up until it
        // arrives or a short time has passed. Recovered work comes first, after the workbench shows.
        if (viewModel.hasRecovery()) {
            showWorkbench(scene, boot, dialogs, null);
            return;
        }
        boot.initial().copy()
                .completeOnTimeout(null, INITIAL_WAIT_MS, TimeUnit.MILLISECONDS)
                .exceptionally(e -> null)
                .thenAccept(initial -> Platform.runLater(() -> showWorkbench(scene, boot, dialogs, initial)));
    }

    /**
     * Puts the workbench in the window: with the initial plan when it is given, otherwise offering recovered work
     * first and then showing the plan when it has loaded.
     */
    private void showWorkbench(Scene scene, StartupLoader boot, DialogService dialogs, StartupLoader.Initial initial) {
        if (initial != null) {
            StartupTrace.mark("initial plan to the view");
            viewModel.showInitial(initial.result(), initial.file(), initial.label(), initial.geometry());
        }
        scene.setRoot(view);
        StartupTrace.mark("workbench in the window");
        if (initial != null) {
            return;
        }
        Platform.runLater(() -> {
            if (!viewModel.offerRecovery()) {
                boot.initial().whenComplete((loaded, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        dialogs.showError("Cannot open plan", error.getCause() != null
                                ? error.getCause().getMessage() : error.getMessage());
                        viewModel.newPlan();
                    } else {
                        StartupTrace.mark("initial plan to the view");
                        viewModel.showInitial(loaded.result(), loaded.file(), loaded.label(), loaded.geometry());
                    }
                }));
            }
        });
    }

    /**
     * Replaces the file choosers and message boxes of the next application start (UI tests answer them in code).
     *
     * @param factory makes the dialog service for the main window
     */
    public static void useDialogs(java.util.function.Function<Stage, DialogService> factory) {
        dialogFactory = factory == null ? FxDialogService::new : factory;
    }

    /** @return the main view model (for tests) */
    public MainViewModel viewModel() {
        return viewModel;
    }

    /** @return the main view (for tests) */
    public MainView view() {
        return view;
    }
}
