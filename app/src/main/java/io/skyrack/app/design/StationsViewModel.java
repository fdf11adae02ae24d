package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.core.design.GroundStationCatalog;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Stations editor: the plan's ground stations, a form for a new one with its fields validated as typed,
 * the built-in list of real stations ({@link GroundStationCatalog}) and removal.
 */
public final class StationsViewModel {

    private final MainViewModel main;
    private final ObservableList<GroundStation> stations = FXCollections.observableArrayList();
    private final ObservableList<GroundStationCatalog.Entry> builtIn;
    private final NewStationForm form;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper editing = new ReadOnlyStringWrapper(this, "editing", "");

    /** @param main the main view model */
    public StationsViewModel(MainViewModel main) {
        this.main = main;
        this.builtIn = FXCollections.observableArrayList(GroundStationCatalog.builtIn().stations());
        this.form = new NewStationForm(main);
        main.planProperty().addListener((o, a, b) -> refresh());
        refresh();
        form.reset();
    }

    private void refresh() {
        Plan p = main.planProperty().get();
        stations.setAll(p == null ? List.of() : p.groundStations());
        if (form.editIndex >= 0 && (p == null || form.editIndex >= p.groundStations().size())) {
            cancelEditing();
        }
        form.revalidate();
    }

    /**
     * Loads a station of the plan into the form, to change it in place (Update station) rather than add one.
     *
     * @param station a station of the plan
     */
    public void startEditing(GroundStation station) {
        Plan p = main.planProperty().get();
        int i = p == null || station == null ? -1 : p.groundStations().indexOf(station);
        if (i < 0) {
            return;
        }
        form.editIndex = i;
        form.show(station);
        editing.set(station.name());
        message.set("Editing " + station.name() + ": change the fields, then Update station.");
    }

    /** Leaves editing: the form is for a new station again. */
    public void cancelEditing() {
        form.editIndex = -1;
        editing.set("");
        form.reset();
        message.set("");
    }

    /** Adds the form's station, or updates the one being edited. */
    public void applyForm() {
        if (form.editIndex < 0) {
            addFromForm();
            return;
        }
        Plan candidate = form.candidate();
        if (candidate == null) {
            message.set("Correct the marked fields first.");
            return;
        }
        String was = editing.get();
        String now = form.field("name").text().strip();
        main.edit("Edit station " + (was.equals(now) ? now : was + " → " + now), p -> candidate);
        cancelEditing();
    }

    /** @return the name of the station being edited, empty when the form adds a new one */
    public ReadOnlyStringProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** Adds the station of the form, when every field is valid, and clears the form for the next. */
    public void addFromForm() {
        Plan candidate = form.candidate();
        if (candidate == null) {
            message.set("Correct the marked fields first.");
            return;
        }
        String name = form.field("name").text().strip();
        if (main.edit("Add station " + name, p -> candidate)) {
            message.set("");
            form.reset();
        }
    }

    /**
     * Adds a built-in station with a 10° minimum elevation and an 800 Mbit/s downlink.
     *
     * @param entry the station
     */
    public void addBuiltIn(GroundStationCatalog.Entry entry) {
        if (entry == null) {
            return;
        }
        Plan p = main.planProperty().get();
        if (p == null) {
            return;
        }
        if (p.groundStations().stream().anyMatch(g -> g.name().equals(entry.name()))) {
            message.set(entry.name() + " is already in the plan.");
            return;
        }
        List<GroundStation> list = new ArrayList<>(p.groundStations());
        list.add(entry.toGroundStation());
        main.edit("Add station " + entry.name(), plan -> plan.withGroundStations(list));
        message.set("Added " + entry.name() + " (" + entry.operator() + ", " + entry.network() + "); position from "
                + entry.source());
    }

    /**
     * @param station a station of the plan
     */
    public void remove(GroundStation station) {
        if (station == null) {
            return;
        }
        main.edit("Remove station " + station.name(), plan -> plan.withGroundStations(plan.groundStations().stream()
                .filter(g -> !g.equals(station)).toList()));
    }

    /** @return the plan's stations */
    public ObservableList<GroundStation> stations() {
        return stations;
    }

    /** @return real stations to pick from */
    public ObservableList<GroundStationCatalog.Entry> builtIn() {
        return builtIn;
    }

    /** @return the form of a new station */
    public NewStationForm form() {
        return form;
    }

    /** @return why the last action did nothing, or what it did */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * The fields of a station to add, checked as the station would be at the end of the plan's list; or of a
     * station being edited, checked in its place.
     */
    public static final class NewStationForm extends PlanForm {
        /** Index of the station being edited, −1 when adding. */
        private int editIndex = -1;
        private final FormField name = add("name", "Name", "", FormField.Type.TEXT, "name");
        private final FormField latitude = add("latitude", "Latitude", "°", FormField.Type.DECIMAL, "latitudeDeg");
        private final FormField longitude = add("longitude", "Longitude", "° E", FormField.Type.DECIMAL,
                "longitudeDeg");
        private final FormField altitude = add("altitude", "Altitude", "m", FormField.Type.DECIMAL, "altitudeM");
        private final FormField elevation = add("elevation", "Minimum elevation", "°", FormField.Type.DECIMAL,
                "minElevationDeg");
        private final FormField rate = add("rate", "Downlink", "Mbit/s", FormField.Type.DECIMAL, "downlinkRateMbps");

        NewStationForm(MainViewModel main) {
            super(main, false);
        }

        void reset() {
            load(() -> {
                name.textProperty().set("");
                latitude.textProperty().set("");
                longitude.textProperty().set("");
                altitude.textProperty().set("0");
                elevation.textProperty().set(FormField.format(Math.toDegrees(
                        GroundStationCatalog.DEFAULT_MIN_ELEVATION)));
                rate.textProperty().set(FormField.format(GroundStationCatalog.DEFAULT_DOWNLINK_RATE / 1e6));
            });
        }

        void show(GroundStation g) {
            load(() -> {
                name.textProperty().set(g.name());
                latitude.textProperty().set(FormField.format(Math.toDegrees(g.latitude())));
                longitude.textProperty().set(FormField.format(Math.toDegrees(g.longitude())));
                altitude.textProperty().set(FormField.format(g.altitude()));
                elevation.textProperty().set(FormField.format(Math.toDegrees(g.minElevation())));
                rate.textProperty().set(FormField.format(g.downlinkRate() / 1e6));
            });
            candidate();
        }

        void revalidate() {
            boolean typed = !name.text().isBlank() || !latitude.text().isBlank() || !longitude.text().isBlank();
            if (typed) {
                candidate();
            }
        }

        @Override
        protected String pointer() {
            Plan p = main.planProperty().get();
            return p == null ? null : "/groundStations/" + (editIndex >= 0 ? editIndex : p.groundStations().size());
        }

        @Override
        protected String subject() {
            return name.text();
        }

        @Override
        protected Plan build(Plan current) throws FormField.Invalid {
            List<GroundStation> list = new ArrayList<>(current.groundStations());
            GroundStation g = new GroundStation(name.string(), Math.toRadians(latitude.decimal()),
                    Math.toRadians(longitude.decimal()), altitude.decimal(), Math.toRadians(elevation.decimal()),
                    rate.decimal() * 1e6);
            if (editIndex >= 0 && editIndex < list.size()) {
                list.set(editIndex, g);
            } else {
                list.add(g);
            }
            return current.withGroundStations(list);
        }
    }
}
