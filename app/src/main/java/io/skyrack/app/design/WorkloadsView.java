package io.skyrack.app.design;

import io.skyrack.app.design.WorkloadsViewModel.CellError;
import io.skyrack.app.design.WorkloadsViewModel.Column;
import io.skyrack.core.plan.Workload;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

/** The Workloads tab: an editable table, one row per workload; a refused cell is marked with its reason. */
public final class WorkloadsView extends VBox {

    private final WorkloadsViewModel vm;
    private final TableView<Workload> table;

    /** @param vm the editor */
    public WorkloadsView(WorkloadsViewModel vm) {
        this.vm = vm;
        this.table = new TableView<>(vm.workloads());
        createView();
    }

    private void createView() {
        setId("design-workloads");
        setSpacing(4);
        setPadding(new Insets(6));
        table.setId("workloads-table");
        table.setEditable(true);
        table.setPlaceholder(new Label("No workload: Add workload, then double-click a cell to edit it."));
        for (Column c : Column.values()) {
            TableColumn<Workload, String> col = new TableColumn<>(c.title());
            col.setId("workload-" + c.name().toLowerCase(java.util.Locale.ROOT));
            col.setPrefWidth(switch (c) {
                case NAME, MODEL -> 120;
                case IMAGE -> 200;
                case SOURCE, PINNED, ANTI_AFFINITY -> 100;
                default -> 85;
            });
            col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(WorkloadsViewModel.text(cd.getValue(), c)));
            col.setCellFactory(tc -> new CheckedCell(c));
            col.setOnEditCommit(e -> {
                vm.commit(e.getTablePosition().getRow(), c, e.getNewValue());
                table.refresh();
            });
            table.getColumns().add(col);
        }
        vm.errorProperty().addListener((o, a, b) -> table.refresh());
        Button add = ConstellationsView.button("Add workload", "add-workload", vm::add);
        Button remove = ConstellationsView.button("Remove workload", "remove-workload",
                () -> vm.remove(table.getSelectionModel().getSelectedIndex()));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label message = new Label();
        message.setId("workload-message");
        message.getStyleClass().add("field-error-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label help = new Label("Double-click a cell to edit it; Enter applies. Data source: ground, any satellite, "
                + "or a satellite's name.");
        help.getStyleClass().add("text-muted");
        HBox actions = new HBox(6, add, remove, help);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(actions, table, message);
    }

    /** @return the table (tests) */
    public TableView<Workload> table() {
        return table;
    }

    /** A text cell that shows a refused value in the danger colours with its reason. */
    private final class CheckedCell extends TextFieldTableCell<Workload, String> {
        private final Column column;

        CheckedCell(Column column) {
            super(new DefaultStringConverter());
            this.column = column;
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            CellError e = vm.errorProperty().get();
            boolean bad = !empty && e != null && e.row() == getIndex() && e.column() == column;
            pseudoClassStateChanged(FormViews.DANGER, bad);
            getStyleClass().remove("cell-error");
            if (bad) {
                getStyleClass().add("cell-error");
                if (!isEditing()) {
                    setText(e.text());
                }
            }
            setTooltip(bad ? new Tooltip(e.message()) : null);
        }
    }
}
