package io.skyrack.app.main;

import io.skyrack.app.design.DesignView;
import io.skyrack.app.globe.GlobeView;
import io.skyrack.app.inspector.InspectorView;
import io.skyrack.app.outline.OutlineView;
import io.skyrack.app.results.ResultsView;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.core.validation.Finding;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;

/** The main window's content: menus, outline, globe, inspector, findings and status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel vm;
    private final GlobeView globe;
    private final Menu recentMenu = new Menu("Open _Recent");
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    private final StackPane leftHolder = new StackPane();
    private final StackPane rightHolder = new StackPane();
    private final StackPane resultsHolder = new StackPane();
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);

    /** @param vm main view model */
    public MainView(MainViewModel vm) {
        this.vm = vm;
        this.globe = new GlobeView(new io.skyrack.app.globe.GlobeViewModel(vm.geometryProperty(), vm.analysis().analysisProperty(), vm.outlineProperty(), vm.selectionProperty(), vm::select));
        io.skyrack.app.StartupTrace.mark("globe view");
        createView();
        initListeners();
    }

    /** @return true while the dark theme is chosen (View → Dark theme) */
    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    /** @return the globe */
    public GlobeView globe() {
        return globe;
    }

    private void createView() {
        setId("main");
        setTop(menuBar());
        io.skyrack.app.StartupTrace.mark("menus");

        // The globe comes first: the outline, inspector and results are built once the plan shows in 3D (or after
        // a few seconds without 3D), so that start-up reaches the first frame of the plan sooner.
        leftHolder.setId("left-holder");
        rightHolder.setId("right-holder");
        resultsHolder.setId("results-holder");
        // outline, globe and inspector side by side; the design editors and results under them across the whole
        // width, where a form, a TILE grid with its figures or a table has room
        SplitPane top = new SplitPane(leftHolder, globe, rightHolder);
        top.setOrientation(Orientation.HORIZONTAL);
        top.setDividerPositions(0.2, 0.74);
        SplitPane.setResizableWithParent(leftHolder, false);
        SplitPane.setResizableWithParent(rightHolder, false);
        SplitPane split = new SplitPane(top, resultsHolder);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.56);
        setCenter(split);
        completeWhenPlanShows();

        StatusBar status = new StatusBar();
        status.setId("status");
        status.textProperty().bind(vm.statusProperty());
        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(vm.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busyProperty());
        ProgressBar analysisProgress = new ProgressBar();
        analysisProgress.setId("analysis-progress");
        analysisProgress.setPrefWidth(160);
        analysisProgress.progressProperty().bind(vm.analysis().progressProperty());
        Label stage = new Label();
        stage.setId("analysis-stage");
        stage.textProperty().bind(vm.analysis().stageProperty());
        // a fixed width keeps stage names from re-laying out the status bar on every change
        stage.setMinWidth(240);
        stage.setPrefWidth(240);
        stage.setMaxWidth(240);
        Button cancel = new Button("Cancel");
        cancel.setId("analysis-cancel");
        cancel.setOnAction(e -> vm.analysis().cancel());
        HBox running = new HBox(6, stage, analysisProgress, cancel);
        running.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        running.visibleProperty().bind(vm.analysis().runningProperty());
        running.managedProperty().bind(vm.analysis().runningProperty());
        status.getRightItems().addAll(running, summary, busy);
        setBottom(status);
    }

    /**
     * Pulses between the globe first showing the plan and building the rest of the window: enough for the frames
     * with the plan to reach the screen before the side panes and editors (about a second of layout) are built.
     */
    private static final int SETTLE_PULSES = 6;

    /** Builds the side panes and results a few pulses after the globe first shows the plan. */
    private void completeWhenPlanShows() {
        long started = System.nanoTime();
        new javafx.animation.AnimationTimer() {
            private int pulsesSinceShown = -1;

            @Override
            public void handle(long now) {
                if (pulsesSinceShown < 0 && globe.isShowingPlan()) {
                    io.skyrack.app.StartupTrace.mark("globe shows the plan");
                }
                if (pulsesSinceShown < 0 && (globe.isShowingPlan() || !globe.isSupported3D()
                        || now - started > 3_000_000_000L)) {
                    pulsesSinceShown = 0;
                }
                if (pulsesSinceShown >= 0 && ++pulsesSinceShown > SETTLE_PULSES) {
                    stop();
                    completeLayout();
                }
            }
        }.start();
    }

    /** Builds the outline with its findings, the inspector, and the design editors with the results (once). */
    public void completeLayout() {
        if (complete.get()) {
            return;
        }
        OutlineView outline = new OutlineView(vm);
        VBox.setVgrow(outline, Priority.ALWAYS);
        ListView<Finding> findings = new ListView<>(vm.findings());
        findings.setId("findings");
        findings.setPlaceholder(new Label("No findings"));
        findings.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.toString());
                setStyle(empty || f == null ? "" : f.isError() ? "-fx-text-fill: #c62828;" : "-fx-text-fill: #8d6e00;");
            }
        });
        TitledPane findingsPane = new TitledPane("Findings", findings);
        findingsPane.setId("findings-pane");
        findings.setPrefHeight(160);
        Runnable updateFindings = () -> {
            findingsPane.setText("Findings (" + vm.findings().size() + ")");
            findingsPane.setExpanded(!vm.findings().isEmpty());
        };
        updateFindings.run();
        vm.findings().addListener((ListChangeListener<Finding>) c -> updateFindings.run());
        findings.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null) {
                vm.selectPointer(f.path());
            }
        });
        VBox left = new VBox(outline, findingsPane);
        leftHolder.getChildren().setAll(left);
        rightHolder.getChildren().setAll(new InspectorView(vm));
        // the design editors and the results share the area under the globe
        resultsHolder.getChildren().setAll(new DesignView(vm, new ResultsView(vm.analysis(), vm.catalog(),
                vm.selectionProperty())));
        complete.set(true);
        io.skyrack.app.StartupTrace.mark("layout complete");
    }

    /** @return true once the side panes and results are built */
    public ReadOnlyBooleanProperty completeProperty() {
        return complete.getReadOnlyProperty();
    }

    private MenuBar menuBar() {
        Menu file = new Menu("_File");
        file.setId("menu-file");
        MenuItem newPlan = item("_New", "Shortcut+N", "menu-new", vm::newPlan);
        MenuItem open = item("_Open…", "Shortcut+O", "menu-open", vm::open);
        Menu samples = new Menu("Open _Sample");
        samples.setId("menu-samples");
        for (String s : SamplePlans.NAMES) {
            samples.getItems().add(item(s, null, "menu-sample-" + s, () -> vm.openSample(s)));
        }
        recentMenu.setId("menu-recent");
        MenuItem save = item("_Save", "Shortcut+S", "menu-save", vm::save);
        MenuItem saveAs = item("Save _As…", "Shortcut+Shift+S", "menu-save-as", vm::saveAs);
        save.disableProperty().bind(vm.planProperty().isNull());
        saveAs.disableProperty().bind(vm.planProperty().isNull());
        MenuItem quit = item("_Quit", "Shortcut+Q", "menu-quit", () -> {
            if (vm.requestClose()) {
                Platform.exit();
            }
        });
        MenuItem exportBundle = item("_Export Deployment Bundle…", "Shortcut+E", "menu-export", vm.export()::exportBundle);
        MenuItem exportReport = item("Export _Report…", "Shortcut+Shift+E", "menu-export-report",
                vm.export()::exportReport);
        exportBundle.disableProperty().bind(vm.planProperty().isNull().or(vm.analysis().runningProperty()));
        exportReport.disableProperty().bind(vm.planProperty().isNull().or(vm.analysis().runningProperty()));
        file.getItems().addAll(newPlan, open, samples, recentMenu, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), exportBundle, exportReport, new SeparatorMenuItem(), quit);

        Menu edit = new Menu("_Edit");
        edit.setId("menu-edit");
        MenuItem undo = item("_Undo", "Shortcut+Z", "menu-undo", vm::undo);
        undo.textProperty().bind(javafx.beans.binding.Bindings.when(vm.undoNameProperty().isEmpty())
                .then("_Undo").otherwise(javafx.beans.binding.Bindings.concat("_Undo ", vm.undoNameProperty())));
        undo.disableProperty().bind(vm.undoNameProperty().isEmpty());
        MenuItem redo = item("_Redo", "Shortcut+Shift+Z", "menu-redo", vm::redo);
        redo.textProperty().bind(javafx.beans.binding.Bindings.when(vm.redoNameProperty().isEmpty())
                .then("_Redo").otherwise(javafx.beans.binding.Bindings.concat("_Redo ", vm.redoNameProperty())));
        redo.disableProperty().bind(vm.redoNameProperty().isEmpty());
        edit.getItems().addAll(undo, redo);

        Menu analysisMenu = new Menu("_Analysis");
        analysisMenu.setId("menu-analysis");
        MenuItem analyze = item("_Analyze", "F5", "menu-analyze", vm.analysis()::analyze);
        analyze.disableProperty().bind(vm.planProperty().isNull().or(vm.analysis().runningProperty()));
        MenuItem cancelRun = item("_Cancel analysis", null, "menu-cancel-analysis", vm.analysis()::cancel);
        cancelRun.disableProperty().bind(vm.analysis().runningProperty().not());
        analysisMenu.getItems().addAll(analyze, cancelRun);

        Menu view = new Menu("_View");
        view.getItems().add(item("_Reset camera", "Shortcut+R", "menu-reset-camera", globe::resetCamera));
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setId("menu-dark-theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(darkTheme);
        view.getItems().add(dark);
        MenuBar bar = new MenuBar(file, edit, analysisMenu, view);
        bar.setId("menubar");
        return bar;
    }

    private void initListeners() {
        vm.recentFiles().addListener((ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        for (Path p : vm.recentFiles()) {
            recentMenu.getItems().add(item(p.getFileName().toString() + "  (" + p.getParent() + ")", null, null, () -> {
                if (vm.confirmDiscard()) {
                    vm.openFile(p);
                }
            }));
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem mi = new MenuItem(text);
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (id != null) {
            mi.setId(id);
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }
}
