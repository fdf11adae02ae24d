package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.core.design.GroundStationCatalog;
import io.skyrack.core.plan.GroundStation;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Stations tab: the plan's stations, a form for a new one and the built-in list of real stations. */
public final class StationsView extends HBox {

    private final StationsViewModel vm;

    /**
     * @param vm the editor
     * @param main the main view model
     */
    public StationsView(StationsViewModel vm, MainViewModel main) {
        this.vm = vm;
        createView();
    }

    private void createView() {
        setId("design-stations");
        setSpacing(14);
        setPadding(new Insets(6));

        TableView<GroundStation> table = new TableView<>(vm.stations());
        table.setId("stations-table");
        table.setPlaceholder(new Label("No ground station"));
        table.getColumns().add(column("Name", 120, GroundStation::name));
        table.getColumns().add(column("Lat. (°)", 70, g -> FormField.format(round(Math.toDegrees(g.latitude())))));
        table.getColumns().add(column("Lon. (°E)", 75, g -> FormField.format(round(Math.toDegrees(g.longitude())))));
        table.getColumns().add(column("Alt. (m)", 60, g -> FormField.format(g.altitude())));
        table.getColumns().add(column("Min. el. (°)", 75,
                g -> FormField.format(round(Math.toDegrees(g.minElevation())))));
        table.getColumns().add(column("Mbit/s", 60, g -> FormField.format(g.downlinkRate() / 1e6)));
        table.setPrefWidth(470);
        Button remove = ConstellationsView.button("Remove station", "remove-station",
                () -> vm.remove(table.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Button edit = ConstellationsView.button("Edit", "edit-station",
                () -> vm.startEditing(table.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                vm.startEditing(table.getSelectionModel().getSelectedItem());
            }
        });

        ComboBox<GroundStationCatalog.Entry> builtIn = new ComboBox<>(vm.builtIn());
        builtIn.setId("builtin-stations");
        builtIn.setPromptText("Real stations (KSAT, ESTRACK, NEN, DSN…)");
        builtIn.setConverter(new StringConverter<>() {
            @Override
            public String toString(GroundStationCatalog.Entry e) {
                return e == null ? "" : e.name() + " — " + e.operator();
            }

            @Override
            public GroundStationCatalog.Entry fromString(String s) {
                return vm.builtIn().stream().filter(e -> toString(e).equals(s)).findFirst().orElse(null);
            }
        });
        builtIn.setPrefWidth(260);
        Button addBuiltIn = ConstellationsView.button("Add", "add-builtin-station",
                () -> vm.addBuiltIn(builtIn.getValue()));
        addBuiltIn.disableProperty().bind(builtIn.valueProperty().isNull());
        HBox top = new HBox(4, builtIn, addBuiltIn, edit, remove);
        VBox left = new VBox(4, FormViews.heading("Add a real station from the built-in list"), top, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);

        GridPane form = FormViews.grid(vm.form(), "station", 1, () -> { }, Map.of());
        Button add = ConstellationsView.button("Add station", "add-station", vm::applyForm);
        add.disableProperty().bind(vm.form().validProperty().not());
        add.textProperty().bind(javafx.beans.binding.Bindings.when(vm.editingProperty().isEmpty())
                .then("Add station").otherwise("Update station"));
        Button cancel = ConstellationsView.button("Cancel", "cancel-station-edit", vm::cancelEditing);
        cancel.visibleProperty().bind(vm.editingProperty().isEmpty().not());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Label message = new Label();
        message.setId("station-message");
        message.setWrapText(true);
        message.setMaxWidth(260);
        message.textProperty().bind(vm.messageProperty());
        Label heading = FormViews.heading("Or by position");
        heading.textProperty().bind(javafx.beans.binding.Bindings.when(vm.editingProperty().isEmpty())
                .then("Or by position").otherwise(javafx.beans.binding.Bindings.concat("Editing ",
                        vm.editingProperty())));
        VBox right = new VBox(4, heading, form, new HBox(4, add, cancel), message);
        getChildren().setAll(left, right);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private static TableColumn<GroundStation, String> column(String title, double width,
                                                             Function<GroundStation, String> value) {
        TableColumn<GroundStation, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(value.apply(cd.getValue())));
        c.setId("stations-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        return c;
    }
}
