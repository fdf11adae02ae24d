package io.skyrack.app;

import io.skyrack.app.main.MainView;
import io.skyrack.app.main.MainViewModel;
import io.skyrack.app.services.FxDialogService;
import io.skyrack.app.services.FxTaskExecutor;
import io.skyrack.app.services.RecentFiles;
import io.skyrack.app.services.WindowSettings;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: builds the services, the main view model and the main window. */
public final class WorkbenchApp extends Application {

    /** System property naming the preferences node (tests use their own). */
    public static final String PREFS_PROPERTY = "skyrack.prefs.node";

    private MainViewModel viewModel;
    private MainView view;

    @Override
    public void start(Stage stage) {
        OrekitContext orekit = OrekitContext.fromSettings(null);
        GpuCatalog catalog = GpuCatalog.builtIn();
        FxDialogService dialogs = new FxDialogService(stage);
        Preferences prefs = Preferences.userRoot().node(System.getProperty(PREFS_PROPERTY, "io/skyrack/workbench"));
        WindowSettings window = new WindowSettings(prefs);
        window.applyTheme();
        viewModel = new MainViewModel(orekit, catalog, new FxTaskExecutor(), dialogs, new RecentFiles(prefs));
        view = new MainView(viewModel);
        view.darkThemeProperty().bindBidirectional(window.darkProperty());
        Scene scene = new Scene(view, 1440, 900);
        scene.getStylesheets().add(WorkbenchApp.class.getResource("skyrack.css").toExternalForm());
        stage.setScene(scene);
        window.manage(stage, 1440, 900);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setOnCloseRequest(e -> {
            if (!viewModel.confirmDiscard()) {
                e.consume();
            }
        });
        stage.show();
        String initial = WorkbenchLauncher.initialPlan();
        if (initial == null) {
            viewModel.loadSample(SamplePlans.DEFAULT);
        } else if (initial.startsWith("sample:")) {
            viewModel.loadSample(initial.substring("sample:".length()));
        } else {
            viewModel.openFile(Path.of(initial));
        }
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
