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
        form.revalidate();
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

    /** The fields of a station to add; checked as the station would be, at the end of the plan's list. */
    public static final class NewStationForm extends PlanForm {
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

        void revalidate() {
            boolean typed = !name.text().isBlank() || !latitude.text().isBlank() || !longitude.text().isBlank();
            if (typed) {
                candidate();
            }
        }

        @Override
        protected String pointer() {
            Plan p = main.planProperty().get();
            return p == null ? null : "/groundStations/" + p.groundStations().size();
        }

        @Override
        protected String subject() {
            return name.text();
        }

        @Override
        protected Plan build(Plan current) throws FormField.Invalid {
            List<GroundStation> list = new ArrayList<>(current.groundStations());
            list.add(new GroundStation(name.string(), Math.toRadians(latitude.decimal()),
                    Math.toRadians(longitude.decimal()), altitude.decimal(), Math.toRadians(elevation.decimal()),
                    rate.decimal() * 1e6));
            return current.withGroundStations(list);
        }
    }
}
