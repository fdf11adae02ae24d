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

    private MainViewModel viewModel;
    private MainView view;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("FX start");
        StartupLoader boot = StartupLoader.take();
        OrekitContext orekit = boot.orekit().join();
        GpuCatalog catalog = boot.catalog().join();
        DialogService dialogs = dialogFactory.apply(stage);
        Preferences prefs = Preferences.userRoot().node(System.getProperty(PREFS_PROPERTY, "io/skyrack/workbench"));
        WindowSettings window = new WindowSettings(prefs);
        window.applyTheme();
        viewModel = new MainViewModel(orekit, catalog, new FxTaskExecutor(), dialogs, new RecentFiles(prefs));
        viewModel.enableAutosave(RecoveryStore.forThisProcess(), new FxScheduler(), Autosave.configuredDelay());
        StartupTrace.mark("view model");
        view = new MainView(viewModel);
        StartupTrace.mark("main view");
        view.darkThemeProperty().bindBidirectional(window.darkProperty());
        Scene scene = new Scene(view, 1440, 900);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("skyrack.css").toExternalForm());
        stage.setScene(scene);
        window.manage(stage, 1440, 900);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!viewModel.requestClose()) {
                e.consume();
            }
        });
        stage.show();
        StartupTrace.mark("window shown");
        // after a crash the recovered work comes first; otherwise the plan read in the background
        Platform.runLater(() -> {
            if (!viewModel.offerRecovery()) {
                boot.initial().whenComplete((initial, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        dialogs.showError("Cannot open plan", error.getCause() != null
                                ? error.getCause().getMessage() : error.getMessage());
                        viewModel.newPlan();
                    } else {
                        StartupTrace.mark("initial plan to the view");
                        viewModel.showInitial(initial.result(), initial.file(), initial.label(),
                                initial.geometry());
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
