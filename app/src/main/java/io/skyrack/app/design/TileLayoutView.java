package io.skyrack.app.design;

import io.skyrack.app.design.TileLayoutViewModel.Cell;
import io.skyrack.app.design.TileLayoutViewModel.FigureRow;
import io.skyrack.core.plan.TileArray.TileSlot;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The TILE layout tab: TILE types and their GPUs, the grid of slots (click an empty cell to add the chosen TILE,
 * right-click or Delete to remove, drag to move) and the live figures beside it.
 */
public final class TileLayoutView extends HBox {

    private static final double CELL = 46;

    private final TileLayoutViewModel vm;
    private final GridPane grid = new GridPane();
    private final GridPane figures = new GridPane();
    private final Spinner<Integer> rows = new Spinner<>(1, TileLayoutViewModel.MAX_SIDE, 1);
    private final Spinner<Integer> columns = new Spinner<>(1, TileLayoutViewModel.MAX_SIDE, 1);
    private boolean loading;

    /** @param vm the editor */
    public TileLayoutView(TileLayoutViewModel vm) {
        this.vm = vm;
        createView();
        initListeners();
        rebuildGrid();
        rebuildFigures();
    }

    private void createView() {
        setId("design-tiles");
        setSpacing(10);
        setPadding(new Insets(6));

        ComboBox<String> tileType = new ComboBox<>(vm.tileTypes());
        tileType.setId("tile-type");
        tileType.valueProperty().bindBidirectional(vm.chosenTileProperty());
        tileType.setPromptText("no TILE type");
        Button newType = ConstellationsView.button("New TILE type", "add-tile-type", vm::addTileType);
        ComboBox<String> profile = new ComboBox<>(vm.gpuProfiles());
        profile.setId("gpu-profile");
        profile.valueProperty().bindBidirectional(vm.gpuProfileProperty());
        profile.disableProperty().bind(vm.chosenTileProperty().isNull());
        Spinner<Integer> count = new Spinner<>(1, 64, 1);
        count.setId("gpu-count");
        count.setPrefWidth(70);
        count.getValueFactory().valueProperty().bindBidirectional(vm.gpuCountProperty());
        count.disableProperty().bind(vm.chosenTileProperty().isNull());
        ComboBox<String> mode = new ComboBox<>(vm.powerModes());
        mode.setId("power-mode");
        mode.valueProperty().bindBidirectional(vm.powerModeProperty());
        mode.disableProperty().bind(vm.chosenTileProperty().isNull());
        tileType.setPrefWidth(95);
        profile.setPrefWidth(175);
        mode.setPrefWidth(90);
        count.setPrefWidth(65);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {tileType, profile, mode, count,
            rows, columns}) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        GridPane types = new GridPane();
        types.setHgap(6);
        types.setVgap(4);
        types.addRow(0, label("TILE type"), new HBox(4, tileType, newType));
        types.addRow(1, label("GPU"), profile);
        types.addRow(2, label("Count, mode"), new HBox(4, count, mode));
        rows.setId("grid-rows");
        columns.setId("grid-columns");
        rows.setPrefWidth(70);
        columns.setPrefWidth(70);
        rows.setEditable(true);
        columns.setEditable(true);
        Button fill = ConstellationsView.button("Fill empty cells", "fill-tiles", vm::fillEmpty);
        types.addRow(3, label("Grid"), new HBox(4, rows, label("×"), columns));
        types.add(fill, 1, 4);
        javafx.scene.control.ComboBox<String> attitude = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(SatelliteForm.ATTITUDES));
        attitude.valueProperty().bindBidirectional(vm.satellite().field("attitude").textProperty());
        attitude.setPrefWidth(150);
        GridPane satellite = FormViews.grid(vm.satellite(), "satellite", 1, vm::sealEdits,
                java.util.Map.of("attitude", attitude));
        satellite.disableProperty().bind(vm.availableProperty().not());
        VBox left = new VBox(6, FormViews.heading("TILE types"), types);
        VBox satelliteColumn = new VBox(6, FormViews.heading("Satellite"), satellite);
        satelliteColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        rows.disableProperty().bind(vm.availableProperty().not());
        columns.disableProperty().bind(vm.availableProperty().not());
        fill.disableProperty().bind(vm.availableProperty().not().or(vm.chosenTileProperty().isNull()));

        Label heading = new Label();
        heading.setId("tile-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(vm.headingProperty());
        grid.setId("tile-grid");
        grid.setHgap(3);
        grid.setVgap(3);
        grid.setFocusTraversable(true);
        grid.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                vm.removeSelected();
                e.consume();
            }
        });
        Label help = new Label("Click: add · Delete or right-click: remove · drag: move");
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        javafx.scene.control.Tooltip.install(grid, new javafx.scene.control.Tooltip("Click an empty cell to add the "
                + "chosen TILE type; click a TILE to select it, Delete or right-click removes it; drag a TILE to "
                + "an empty cell to move it."));
        Label message = new Label();
        message.setId("tile-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox centre = new VBox(6, heading, grid, help, message);
        centre.setPrefWidth(165);
        centre.setMinWidth(165);

        figures.setId("tile-figures");
        figures.setHgap(10);
        figures.setVgap(2);
        VBox right = new VBox(6, FormViews.heading("Per satellite (circular orbit, beta 0)"), figures);
        right.setMinWidth(290);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().setAll(left, centre, right, satelliteColumn);
    }

    private void initListeners() {
        vm.slots().addListener((ListChangeListener<TileSlot>) c -> rebuildGrid());
        vm.rowsProperty().addListener((o, a, b) -> rebuildGrid());
        vm.columnsProperty().addListener((o, a, b) -> rebuildGrid());
        vm.selectedCellProperty().addListener((o, a, b) -> rebuildGrid());
        vm.chosenTileProperty().addListener((o, a, b) -> rebuildGrid());
        vm.figures().addListener((ListChangeListener<FigureRow>) c -> rebuildFigures());
        rows.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                vm.resize(b, columns.getValue());
            }
        });
        columns.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                vm.resize(rows.getValue(), b);
            }
        });
    }

    private void rebuildGrid() {
        loading = true;
        try {
            if (vm.rowsProperty().get() >= 1) {
                rows.getValueFactory().setValue(vm.rowsProperty().get());
                columns.getValueFactory().setValue(vm.columnsProperty().get());
            }
        } finally {
            loading = false;
        }
        grid.getChildren().clear();
        for (int r = 0; r < vm.rowsProperty().get(); r++) {
            for (int c = 0; c < vm.columnsProperty().get(); c++) {
                grid.add(cell(r, c), c, r);
            }
        }
    }

    private StackPane cell(int r, int c) {
        TileSlot slot = vm.occupant(r, c);
        Cell here = new Cell(r, c);
        Label text = new Label(slot == null ? "+" : slot.tileId());
        text.setWrapText(true);
        text.setMaxWidth(CELL - 4);
        text.setStyle("-fx-font-size: 0.8em;");
        StackPane pane = new StackPane(text);
        pane.setId("tile-cell-" + r + "-" + c);
        pane.setMinSize(CELL, CELL);
        pane.setPrefSize(CELL, CELL);
        pane.setMaxSize(CELL, CELL);
        pane.setAlignment(Pos.CENTER);
        pane.getStyleClass().add(slot == null ? "tile-cell-empty" : "tile-cell-full");
        if (here.equals(vm.selectedCellProperty().get()) && slot != null) {
            pane.getStyleClass().add("tile-cell-selected");
        }
        javafx.scene.control.Tooltip.install(pane, new javafx.scene.control.Tooltip(here.label()
                + (slot == null ? ": empty" : ": " + slot.tileId())));
        pane.setOnMouseClicked(e -> {
            grid.requestFocus();
            if (!e.isStillSincePress()) {
                return;
            }
            if (e.getButton() == MouseButton.SECONDARY) {
                vm.remove(r, c);
            } else if (e.getButton() == MouseButton.PRIMARY) {
                vm.click(r, c);
            }
        });
        if (slot != null) {
            pane.setOnDragDetected(e -> {
                Dragboard db = pane.startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(r + "," + c);
                db.setContent(content);
                e.consume();
            });
        }
        pane.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && vm.occupant(r, c) == null) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        pane.setOnDragDropped(e -> {
            String[] from = e.getDragboard().getString().split(",");
            vm.move(new Cell(Integer.parseInt(from[0]), Integer.parseInt(from[1])), here);
            e.setDropCompleted(true);
            e.consume();
        });
        return pane;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private void rebuildFigures() {
        figures.getChildren().clear();
        int row = 0;
        for (FigureRow f : vm.figures()) {
            boolean note = f.label().equals("Warning") || f.label().equals("Error");
            Label value = new Label(note ? "⚠ " + f.value() : f.value());
            value.setId("figure-" + row);
            value.setWrapText(true);
            value.setMinWidth(0);
            value.setMaxWidth(note ? 290 : 165);
            if (f.warning()) {
                value.getStyleClass().add("figure-warning");
            }
            if (note) {
                value.getStyleClass().add("figure-note");
                figures.add(value, 0, row++, 2, 1);
                continue;
            }
            Label name = label(f.label());
            if (f.warning()) {
                name.getStyleClass().add("figure-warning");
            }
            figures.addRow(row++, name, value);
        }
        if (vm.figures().isEmpty()) {
            figures.addRow(0, new Label("Lay out TILEs to see the figures."));
        }
    }
}
