package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.Workload;
import io.skyrack.core.plan.Workload.DataSource;
import io.skyrack.core.validation.Finding;
import io.skyrack.core.validation.PlanValidator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Workloads editor: one row per workload, each cell edited as text in engineer units and checked as the
 * plan file's member would be; an invalid cell is refused with its message and the plan left unchanged.
 */
public final class WorkloadsViewModel {

    /** The editable columns, with the plan-file member each edits. */
    public enum Column {
        /** Name, unique in the plan. */
        NAME("Name", "name"),
        /** Model name. */
        MODEL("Model", "model"),
        /** Container image. */
        IMAGE("Image", "image"),
        /** Memory of one replica. */
        MEMORY("Memory (GiB)", "memoryGiB"),
        /** Compute of one replica. */
        COMPUTE("Compute (TOPS)", "computeTops"),
        /** Replicas. */
        REPLICAS("Replicas", "replicas"),
        /** Latency objective. */
        LATENCY("Latency SLO (ms)", "latencySloMs"),
        /** Data source: ground, any satellite, or a satellite's name. */
        SOURCE("Data source", "source"),
        /** Input data rate. */
        INPUT("Input (Mbit/s)", "inputDataRateMbps"),
        /** Priority. */
        PRIORITY("Priority", "priority"),
        /** Pinned satellite, empty for none. */
        PINNED("Pinned to", "pinnedSatellite"),
        /** Anti-affine workloads, comma-separated. */
        ANTI_AFFINITY("Not with", "antiAffinity");

        private final String title;
        private final String member;

        Column(String title, String member) {
            this.title = title;
            this.member = member;
        }

        /** @return column title with its unit */
        public String title() {
            return title;
        }

        /** @return the plan-file member */
        public String member() {
            return member;
        }
    }

    /**
     * A cell that was refused.
     *
     * @param row row index
     * @param column column
     * @param text the refused text
     * @param message why
     */
    public record CellError(int row, Column column, String text, String message) {
    }

    private static final double GIB = 1024.0 * 1024.0 * 1024.0;

    private final MainViewModel main;
    private final ObservableList<Workload> workloads = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CellError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    /** @param main the main view model */
    public WorkloadsViewModel(MainViewModel main) {
        this.main = main;
        main.planProperty().addListener((o, a, b) -> workloads.setAll(b == null ? List.of() : b.workloads()));
        Plan p = main.planProperty().get();
        workloads.setAll(p == null ? List.of() : p.workloads());
    }

    /** Adds a workload with default values. */
    public void add() {
        Plan p = main.planProperty().get();
        if (p == null) {
            return;
        }
        String name = DesignDefaults.uniqueId("workload", p.workloads().stream().map(Workload::name).toList());
        List<Workload> list = new ArrayList<>(p.workloads());
        list.add(DesignDefaults.workload(name));
        main.edit("Add workload " + name, plan -> plan.withWorkloads(list));
    }

    /**
     * @param row index of the workload
     */
    public void remove(int row) {
        Plan p = main.planProperty().get();
        if (p == null || row < 0 || row >= p.workloads().size()) {
            return;
        }
        String name = p.workloads().get(row).name();
        main.edit("Remove workload " + name, plan -> {
            List<Workload> list = new ArrayList<>(plan.workloads());
            list.remove(row);
            return plan.withWorkloads(list);
        });
        error.set(null);
    }

    /**
     * @param w a workload
     * @param column a column
     * @return the cell's text in engineer units
     */
    public static String text(Workload w, Column column) {
        return switch (column) {
            case NAME -> w.name();
            case MODEL -> w.model();
            case IMAGE -> w.image();
            case MEMORY -> FormField.format(w.memory() / GIB);
            case COMPUTE -> FormField.format(w.compute() / 1e12);
            case REPLICAS -> Integer.toString(w.replicas());
            case LATENCY -> FormField.format(w.latencySlo() * 1000);
            case SOURCE -> switch (w.source().kind()) {
                case GROUND -> "ground";
                case ANY_SATELLITE -> "any satellite";
                case SATELLITE -> w.source().satellite().orElse("");
            };
            case INPUT -> FormField.format(w.inputDataRate() / 1e6);
            case PRIORITY -> Integer.toString(w.priority());
            case PINNED -> w.pinnedSatellite().orElse("");
            case ANTI_AFFINITY -> String.join(", ", w.antiAffinity());
        };
    }

    /**
     * Commits a cell: the workload with the new value is checked in the plan; an invalid value is refused.
     *
     * @param row workload index
     * @param column column
     * @param text the text typed
     * @return true when the plan has the value (changed or already equal)
     */
    public boolean commit(int row, Column column, String text) {
        Plan p = main.planProperty().get();
        if (p == null || row < 0 || row >= p.workloads().size()) {
            return false;
        }
        Workload w = p.workloads().get(row);
        Workload changed;
        try {
            changed = with(w, column, text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            refuse(row, column, text, e.getMessage());
            return false;
        }
        List<Workload> list = new ArrayList<>(p.workloads());
        list.set(row, changed);
        Plan candidate = p.withWorkloads(list);
        String at = "/workloads/" + row + "/" + column.member();
        for (Finding f : PlanValidator.validate(candidate, main.catalog())) {
            if (f.isError() && (f.path().equals(at) || f.path().startsWith(at + "/"))) {
                refuse(row, column, text, f.message());
                return false;
            }
        }
        error.set(null);
        message.set("");
        String title = column.title().replaceFirst(" \\(.*\\)$", "").toLowerCase(Locale.ROOT);
        main.edit("Set " + title + " of " + w.name(), plan -> candidate);
        return true;
    }

    private void refuse(int row, Column column, String text, String why) {
        error.set(new CellError(row, column, text, why));
        message.set(column.title() + " of row " + (row + 1) + ": " + why + " — the value was not changed.");
    }

    private static Workload with(Workload w, Column column, String s) {
        return switch (column) {
            case NAME -> new Workload(s, w.model(), w.image(), w.memory(), w.compute(), w.replicas(), w.latencySlo(),
                    w.source(), w.inputDataRate(), w.priority(), w.pinnedSatellite(), w.antiAffinity());
            case MODEL -> new Workload(w.name(), s, w.image(), w.memory(), w.compute(), w.replicas(), w.latencySlo(),
                    w.source(), w.inputDataRate(), w.priority(), w.pinnedSatellite(), w.antiAffinity());
            case IMAGE -> new Workload(w.name(), w.model(), s, w.memory(), w.compute(), w.replicas(), w.latencySlo(),
                    w.source(), w.inputDataRate(), w.priority(), w.pinnedSatellite(), w.antiAffinity());
            case MEMORY -> new Workload(w.name(), w.model(), w.image(), Math.round(number(s) * GIB), w.compute(),
                    w.replicas(), w.latencySlo(), w.source(), w.inputDataRate(), w.priority(), w.pinnedSatellite(),
                    w.antiAffinity());
            case COMPUTE -> new Workload(w.name(), w.model(), w.image(), w.memory(), number(s) * 1e12, w.replicas(),
                    w.latencySlo(), w.source(), w.inputDataRate(), w.priority(), w.pinnedSatellite(), w.antiAffinity());
            case REPLICAS -> new Workload(w.name(), w.model(), w.image(), w.memory(), w.compute(), whole(s),
                    w.latencySlo(), w.source(), w.inputDataRate(), w.priority(), w.pinnedSatellite(), w.antiAffinity());
            case LATENCY -> new Workload(w.name(), w.model(), w.image(), w.memory(), w.compute(), w.replicas(),
                    number(s) * 1e-3, w.source(), w.inputDataRate(), w.priority(), w.pinnedSatellite(),
                    w.antiAffinity());
            case SOURCE -> new Workload(w.name(), w.model(), w.image(), w.memory(), w.compute(), w.replicas(),
                    w.latencySlo(), source(s), w.inputDataRate(), w.priority(), w.pinnedSatellite(), w.antiAffinity());
            case INPUT -> new Workload(w.name(), w.model(), w.image(), w.memory(), w.compute(), w.replicas(),
                    w.latencySlo(), w.source(), number(s) * 1e6, w.priority(), w.pinnedSatellite(), w.antiAffinity());
            case PRIORITY -> new Workload(w.name(), w.model(), w.image(), w.memory(), w.compute(), w.replicas(),
                    w.latencySlo(), w.source(), w.inputDataRate(), whole(s), w.pinnedSatellite(), w.antiAffinity());
            case PINNED -> new Workload(w.name(), w.model(), w.image(), w.memory(), w.compute(), w.replicas(),
                    w.latencySlo(), w.source(), w.inputDataRate(), w.priority(),
                    s.isEmpty() ? Optional.empty() : Optional.of(s), w.antiAffinity());
            case ANTI_AFFINITY -> new Workload(w.name(), w.model(), w.image(), w.memory(), w.compute(), w.replicas(),
                    w.latencySlo(), w.source(), w.inputDataRate(), w.priority(), w.pinnedSatellite(),
                    s.isEmpty() ? List.of() : Arrays.stream(s.split(",")).map(String::strip)
                            .filter(x -> !x.isEmpty()).toList());
        };
    }

    private static DataSource source(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        if (k.equals("ground")) {
            return DataSource.ground();
        }
        if (k.equals("any satellite") || k.equals("any")) {
            return DataSource.anySatellite();
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("write 'ground', 'any satellite' or a satellite's name");
        }
        return DataSource.satellite(s);
    }

    private static double number(String s) {
        FormField f = new FormField("cell", "Value", "", FormField.Type.DECIMAL, null);
        f.textProperty().set(s);
        try {
            return f.decimal();
        } catch (FormField.Invalid e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static int whole(String s) {
        FormField f = new FormField("cell", "Value", "", FormField.Type.INTEGER, null);
        f.textProperty().set(s);
        try {
            return f.integer();
        } catch (FormField.Invalid e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** @return the plan's workloads */
    public ObservableList<Workload> workloads() {
        return workloads;
    }

    /** @return the last refused cell, or null */
    public ReadOnlyObjectProperty<CellError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return why the last cell was refused, or empty */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
