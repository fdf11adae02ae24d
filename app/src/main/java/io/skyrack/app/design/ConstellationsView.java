package io.skyrack.app.design;

import io.skyrack.app.design.ConstellationsViewModel.FormKind;
import io.skyrack.app.main.MainViewModel;
import io.skyrack.core.validation.Finding;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The Constellations tab: the list with its actions, the form of the selected one, the last import's findings. */
public final class ConstellationsView extends HBox {

    private final ConstellationsViewModel vm;
    private final MainViewModel main;

    /**
     * @param vm the editor
     * @param main the main view model (sealing edits when a field loses focus)
     */
    public ConstellationsView(ConstellationsViewModel vm, MainViewModel main) {
        this.vm = vm;
        this.main = main;
        createView();
    }

    private void createView() {
        setId("design-constellations");
        setSpacing(8);
        setPadding(new Insets(6));

        ListView<String> list = new ListView<>(vm.rows());
        list.setId("constellation-list");
        list.setPlaceholder(new Label("No constellation yet:\nadd a Walker or sun-synchronous one,\nor import element sets."));
        list.setPrefWidth(215);
        list.setMinWidth(220);
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                vm.selectedIndexProperty().set(b.intValue());
            }
        });
        vm.selectedIndexProperty().addListener((o, a, b) -> list.getSelectionModel().select(b.intValue()));
        vm.rows().addListener((javafx.collections.ListChangeListener<String>) c ->
                list.getSelectionModel().select(vm.selectedIndexProperty().get()));
        Button walker = button("Add Walker", "add-walker", vm::addWalker);
        Button sso = button("Add sun-synchronous", "add-sso", vm::addSunSynchronous);
        Button importButton = button("Import TLE / OMM…", "import-elements", vm::importElements);
        Button delete = button("Delete", "delete-constellation", vm::deleteSelected);
        delete.disableProperty().bind(vm.selectedIndexProperty().lessThan(0));
        HBox actions = new HBox(4, walker, sso, delete);
        VBox left = new VBox(4, list, actions, importButton);
        VBox.setVgrow(list, Priority.ALWAYS);

        ComboBox<String> pattern = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                ConstellationsViewModel.PATTERNS));
        pattern.valueProperty().bindBidirectional(vm.walker().field("pattern").textProperty());
        pattern.setPrefWidth(150);
        GridPane walkerForm = FormViews.grid(vm.walker(), "walker", 2, main::sealEdits, Map.of("pattern", pattern));
        walkerForm.setId("walker-form");
        GridPane ssoForm = FormViews.grid(vm.sunSynchronous(), "sso", 2, main::sealEdits, Map.of());
        ssoForm.setId("sso-form");
        Label note = new Label();
        note.setId("constellation-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.noteProperty());
        Label none = new Label("Select a constellation to edit it.");
        walkerForm.visibleProperty().bind(vm.formKindProperty().isEqualTo(FormKind.WALKER));
        ssoForm.visibleProperty().bind(vm.formKindProperty().isEqualTo(FormKind.SUN_SYNCHRONOUS));
        note.visibleProperty().bind(vm.formKindProperty().isEqualTo(FormKind.OTHER));
        none.visibleProperty().bind(vm.formKindProperty().isEqualTo(FormKind.NONE));
        StackPane forms = new StackPane(walkerForm, ssoForm, note, none);
        forms.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        StackPane.setAlignment(none, javafx.geometry.Pos.TOP_LEFT);
        StackPane.setAlignment(note, javafx.geometry.Pos.TOP_LEFT);
        Label hint = new Label("Changes apply as you type and the globe follows;\na field marked red is not applied.");
        hint.getStyleClass().add("text-muted");
        VBox centre = new VBox(4, FormViews.heading("Orbit"), forms, hint);

        Label summary = new Label();
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.importSummaryProperty());
        ListView<Finding> findings = new ListView<>(vm.importFindings());
        findings.setId("import-findings");
        findings.setPlaceholder(new Label("No import findings"));
        findings.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : "line " + f.line() + ", column " + f.column() + ": "
                        + (f.isError() ? "" : f.severity().name().toLowerCase(java.util.Locale.ROOT) + ": ")
                        + f.message() + "  [" + f.code() + "]");
                setStyle(empty || f == null ? "" : f.isError() ? "-fx-text-fill: -color-danger-fg;"
                        : "-fx-text-fill: -color-warning-fg;");
            }
        });
        VBox imports = new VBox(4, FormViews.heading("Last import"), summary, findings);
        VBox.setVgrow(findings, Priority.ALWAYS);
        imports.setPrefWidth(360);
        imports.visibleProperty().bind(vm.importSummaryProperty().isNotEmpty());
        imports.managedProperty().bind(imports.visibleProperty());
        HBox.setHgrow(centre, Priority.ALWAYS);
        getChildren().setAll(left, centre, imports);
    }

    static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }
}
