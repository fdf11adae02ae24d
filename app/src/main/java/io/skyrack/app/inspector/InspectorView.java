package io.skyrack.app.inspector;

import io.skyrack.app.main.MainViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import org.controlsfx.control.PropertySheet;

/** The read-only inspector: a ControlsFX property sheet of the selected outline entry. */
public final class InspectorView extends PropertySheet {

    private final List<String> order = new ArrayList<>();

    /** @param vm main view model */
    public InspectorView(MainViewModel vm) {
        setId("inspector");
        setModeSwitcherVisible(false);
        setSearchBoxVisible(false);
        setMode(Mode.CATEGORY);
        // categories in the order the model lists them, not alphabetical
        setCategoryComparator(Comparator.comparingInt(order::indexOf));
        Runnable refresh = () -> {
            if (vm.planProperty().get() == null || vm.selectionProperty().get() == null) {
                getItems().clear();
                return;
            }
            var geometry = vm.geometryProperty().get();
            List<InspectorProperty> rows = InspectorModel.rows(vm.planProperty().get(), vm.selectionProperty().get(),
                    vm.catalog(), geometry == null ? Map.of() : geometry.orbits());
            order.clear();
            rows.stream().map(InspectorProperty::category).distinct().forEach(order::add);
            getItems().setAll(FXCollections.observableArrayList(rows.stream().map(ReadOnlyItem::new).toList()));
        };
        vm.selectionProperty().addListener((obs, o, n) -> refresh.run());
        vm.geometryProperty().addListener((obs, o, n) -> refresh.run());
        refresh.run();
    }

    /** A property-sheet row that cannot be edited. */
    private static final class ReadOnlyItem implements PropertySheet.Item {
        private final InspectorProperty p;

        ReadOnlyItem(InspectorProperty p) {
            this.p = p;
        }

        @Override
        public Class<?> getType() {
            return String.class;
        }

        @Override
        public String getCategory() {
            return p.category();
        }

        @Override
        public String getName() {
            return p.name();
        }

        @Override
        public String getDescription() {
            return p.description();
        }

        @Override
        public Object getValue() {
            return p.value();
        }

        @Override
        public void setValue(Object value) {
            // read-only: editing arrives with the designer
        }

        @Override
        public boolean isEditable() {
            return false;
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
