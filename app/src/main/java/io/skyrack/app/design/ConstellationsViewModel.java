package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.app.outline.OutlineNode;
import io.skyrack.core.design.ImportedElements;
import io.skyrack.core.design.OmmImport;
import io.skyrack.core.design.TleImport;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.WalkerConstellationSpec.WalkerPattern;
import io.skyrack.core.validation.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Constellations editor: the plan's constellations, a form for the selected Walker or sun-synchronous
 * one, adding, deleting and importing element sets (TLE text, CelesTrak OMM JSON or XML) with the import's
 * located findings.
 */
public final class ConstellationsViewModel {

    /** Which form the selected constellation uses. */
    public enum FormKind {
        /** Nothing selected. */
        NONE,
        /** Walker delta or star. */
        WALKER,
        /** Sun-synchronous plane. */
        SUN_SYNCHRONOUS,
        /** TLE or explicit elements: listed, not edited here. */
        OTHER
    }

    /** Display names of the Walker patterns, in enum order. */
    public static final List<String> PATTERNS = List.of("Walker delta", "Walker star");

    private static final Pattern INDEX = Pattern.compile("^/constellations/(\\d+)(/.*)?$");

    private final MainViewModel main;
    private final ObservableList<String> rows = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<FormKind> formKind = new ReadOnlyObjectWrapper<>(this, "formKind",
            FormKind.NONE);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ObservableList<Finding> importFindings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper importSummary = new ReadOnlyStringWrapper(this, "importSummary", "");
    private final WalkerForm walker;
    private final SunSynchronousForm sunSynchronous;

    /** @param main the main view model */
    public ConstellationsViewModel(MainViewModel main) {
        this.main = main;
        this.walker = new WalkerForm(main);
        this.sunSynchronous = new SunSynchronousForm(main);
        main.planProperty().addListener((o, a, b) -> refresh());
        selectedIndex.addListener((o, a, b) -> {
            reload();
            int i = b.intValue();
            OutlineNode sel = main.selectionProperty().get();
            if (i >= 0 && (sel == null || indexOf(sel.pointer()) != i)) {
                main.selectPointer("/constellations/" + i);
            }
        });
        main.selectionProperty().addListener((o, a, b) -> {
            int i = b == null ? -1 : indexOf(b.pointer());
            if (i >= 0 && i < rows.size()) {
                selectedIndex.set(i);
            }
        });
        refresh();
    }

    private static int indexOf(String pointer) {
        Matcher m = INDEX.matcher(pointer);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private void refresh() {
        Plan p = main.planProperty().get();
        List<String> list = new ArrayList<>();
        if (p != null) {
            p.constellations().forEach(c -> list.add(describe(c)));
        }
        rows.setAll(list);
        int i = selectedIndex.get();
        int clamped = list.isEmpty() ? -1 : Math.max(0, Math.min(i, list.size() - 1));
        if (clamped != i) {
            selectedIndex.set(clamped);
        } else {
            reload();
        }
    }

    /**
     * @param c a constellation
     * @return one line saying what it is, such as "shell-1 — Walker delta 53°: 12/3/1 at 550 km"
     */
    static String describe(Constellation c) {
        if (c instanceof WalkerConstellationSpec w) {
            return String.format(Locale.ROOT, "%s — %s %s°: %d/%d/%d at %s km", w.id(),
                    PATTERNS.get(w.pattern().ordinal()), FormField.format(Math.toDegrees(w.inclination())),
                    w.satelliteCount(), w.planes(), w.phasing(), FormField.format(w.altitude() / 1000));
        }
        if (c instanceof SunSynchronousSpec s) {
            return String.format(Locale.ROOT, "%s — sun-synchronous, %d satellites at %s km, LTAN %s h", s.id(),
                    s.satelliteCount(), FormField.format(s.altitude() / 1000), FormField.format(s.ltanHours()));
        }
        if (c instanceof TleConstellationSpec t) {
            return t.id() + " — " + t.satelliteCount() + " satellites from element sets";
        }
        return c.id() + " — " + c.satelliteCount() + " satellites from Keplerian elements";
    }

    private void reload() {
        Constellation c = selected();
        if (c instanceof WalkerConstellationSpec w) {
            formKind.set(FormKind.WALKER);
            note.set("");
            walker.show(selectedIndex.get(), w);
        } else if (c instanceof SunSynchronousSpec s) {
            formKind.set(FormKind.SUN_SYNCHRONOUS);
            note.set("");
            sunSynchronous.show(selectedIndex.get(), s);
        } else {
            formKind.set(c == null ? FormKind.NONE : FormKind.OTHER);
            walker.show(-1, null);
            sunSynchronous.show(-1, null);
            note.set(c instanceof TleConstellationSpec t ? t.name() + ": " + t.satelliteCount()
                    + " satellites given by element sets (propagated with SGP4). Its TILE layout is edited in the "
                    + "TILE layout tab." : c instanceof ExplicitConstellationSpec e ? e.name() + ": "
                    + e.satelliteCount() + " satellites given by Keplerian elements in the plan file." : "");
        }
    }

    /** @return the selected constellation, or {@code null} */
    public Constellation selected() {
        Plan p = main.planProperty().get();
        int i = selectedIndex.get();
        return p == null || i < 0 || i >= p.constellations().size() ? null : p.constellations().get(i);
    }

    // ------------------------------------------------------------------ actions

    /** Adds a Walker delta constellation with default values and selects it. */
    public void addWalker() {
        add("shell", DesignDefaults::walker, "Add Walker constellation ");
    }

    /** Adds a sun-synchronous plane with default values and selects it. */
    public void addSunSynchronous() {
        add("sso", DesignDefaults::sunSynchronous, "Add sun-synchronous constellation ");
    }

    private void add(String prefix, java.util.function.Function<String, Constellation> make, String what) {
        Plan p = main.planProperty().get();
        if (p == null) {
            return;
        }
        String id = DesignDefaults.uniqueId(prefix, p.constellations().stream().map(Constellation::id).toList());
        Constellation c = make.apply(id);
        if (main.edit(what + id, plan -> plan.withConstellations(append(plan.constellations(), c)))) {
            selectedIndex.set(main.planProperty().get().constellations().size() - 1);
        }
    }

    /** Deletes the selected constellation (undoable). */
    public void deleteSelected() {
        Constellation c = selected();
        if (c == null) {
            return;
        }
        int i = selectedIndex.get();
        main.edit("Delete constellation " + c.id(), plan -> {
            List<Constellation> list = new ArrayList<>(plan.constellations());
            list.remove(i);
            return plan.withConstellations(list);
        });
    }

    /** Asks for an element-set file and imports it. */
    public void importElements() {
        main.dialogs().chooseFileToOpen("Import element sets", "Element sets (TLE, 3LE, CelesTrak OMM JSON/XML)",
                List.of("*.tle", "*.3le", "*.txt", "*.json", "*.xml")).ifPresent(this::importFile);
    }

    /**
     * Reads element sets from a file in the background: the findings (with line and column) are listed, and the
     * good records become a new TLE constellation.
     *
     * @param file TLE text or CelesTrak OMM (JSON or XML)
     */
    public void importFile(Path file) {
        String label = file.getFileName().toString();
        importSummary.set("Reading " + label + "…");
        main.tasks().run("Import " + label, () -> {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String head = text.stripLeading().replace("\uFEFF", "");
            boolean omm = head.startsWith("[") || head.startsWith("{") || head.startsWith("<");
            return omm ? new OmmImport(main.orekit()).read(text) : new TleImport(main.orekit()).read(text);
        }, r -> imported(label, r), e -> {
            importFindings.clear();
            importSummary.set("Could not read " + label + ": " + e.getMessage());
        });
    }

    private void imported(String label, ImportedElements r) {
        importFindings.setAll(r.findings());
        long errors = r.findings().stream().filter(Finding::isError).count();
        if (r.entries().isEmpty()) {
            importSummary.set(label + ": nothing imported, " + errors + " error(s) — see the list");
            return;
        }
        Plan p = main.planProperty().get();
        if (p == null) {
            return;
        }
        String id = DesignDefaults.uniqueId("tle", p.constellations().stream().map(Constellation::id).toList());
        String base = label.replaceFirst("\\.[^.]*$", "");
        TleConstellationSpec c = new TleConstellationSpec(id, base, r.entries(), DesignDefaults.template());
        if (main.edit("Import TLE constellation " + id + " from " + label,
                plan -> plan.withConstellations(append(plan.constellations(), c)))) {
            selectedIndex.set(main.planProperty().get().constellations().size() - 1);
        }
        importSummary.set(String.format(Locale.ROOT, "%s: %d satellite(s) imported as %s%s", label,
                r.entries().size(), id, r.findings().isEmpty() ? "" : ", " + errors + " error(s) and "
                        + (r.findings().size() - errors) + " warning(s) — records with errors were left out"));
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    /** Replaces the constellation at an index. */
    static UnaryOperator<Plan> replace(int index, Constellation c) {
        return plan -> {
            List<Constellation> list = new ArrayList<>(plan.constellations());
            list.set(index, c);
            return plan.withConstellations(list);
        };
    }

    // ------------------------------------------------------------------ properties

    /** @return one line per constellation, in plan order */
    public ObservableList<String> rows() {
        return rows;
    }

    /** @return index of the selected constellation, -1 for none */
    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    /** @return which form shows */
    public ReadOnlyObjectProperty<FormKind> formKindProperty() {
        return formKind.getReadOnlyProperty();
    }

    /** @return what the selected constellation is when no form edits it */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** @return the Walker form */
    public WalkerForm walker() {
        return walker;
    }

    /** @return the sun-synchronous form */
    public SunSynchronousForm sunSynchronous() {
        return sunSynchronous;
    }

    /** @return findings of the last import, each with its line and column */
    public ObservableList<Finding> importFindings() {
        return importFindings;
    }

    /** @return one line on the last import */
    public ReadOnlyStringProperty importSummaryProperty() {
        return importSummary.getReadOnlyProperty();
    }

    // ------------------------------------------------------------------ forms

    /**
     * A form that edits the constellation at one index of the plan.
     *
     * @param <T> the kind of constellation
     */
    public abstract static class ConstellationForm<T extends io.skyrack.core.plan.Constellation> extends PlanForm {
        /** Index of the constellation in the plan, −1 when none is shown. */
        protected int index = -1;
        /** The constellation shown, or null. */
        protected T spec;

        ConstellationForm(MainViewModel main) {
            super(main, true);
        }

        @Override
        protected String pointer() {
            return spec == null ? null : "/constellations/" + index;
        }

        @Override
        protected String subject() {
            return spec.id();
        }
    }

    /** The form of a Walker constellation. */
    public static final class WalkerForm extends ConstellationForm<WalkerConstellationSpec> {
        private final FormField id = add("id", "Id", "", FormField.Type.TEXT, "id");
        private final FormField name = add("name", "Name", "", FormField.Type.TEXT, "name");
        private final FormField pattern = add("pattern", "Pattern", "", FormField.Type.TEXT, "pattern");
        private final FormField altitude = add("altitude", "Altitude", "km", FormField.Type.DECIMAL, "altitudeKm");
        private final FormField inclination = add("inclination", "Inclination", "°", FormField.Type.DECIMAL,
                "inclinationDeg");
        private final FormField planes = add("planes", "Planes", "", FormField.Type.INTEGER, "planes");
        private final FormField perPlane = add("perPlane", "Satellites per plane", "", FormField.Type.INTEGER,
                "satellitesPerPlane");
        private final FormField phasing = add("phasing", "Phasing F", "", FormField.Type.INTEGER, "phasing");
        private final FormField raan = add("raan", "RAAN of first plane", "°", FormField.Type.DECIMAL,
                "raanOffsetDeg");
        WalkerForm(MainViewModel main) {
            super(main);
        }

        void show(int i, WalkerConstellationSpec w) {
            index = i;
            spec = w;
            load(() -> {
                if (w != null) {
                    id.show(w.id());
                    name.show(w.name());
                    pattern.show(PATTERNS.get(w.pattern().ordinal()));
                    altitude.show(FormField.format(w.altitude() / 1000));
                    inclination.show(FormField.format(Math.toDegrees(w.inclination())));
                    planes.show(Integer.toString(w.planes()));
                    perPlane.show(Integer.toString(w.satellitesPerPlane()));
                    phasing.show(Integer.toString(w.phasing()));
                    raan.show(FormField.format(Math.toDegrees(w.raanOffset())));
                }
            });
        }

        @Override
        protected Plan build(Plan current) throws FormField.Invalid {
            int p = PATTERNS.indexOf(pattern.string());
            if (p < 0) {
                throw new FormField.Invalid(pattern, "choose " + String.join(" or ", PATTERNS));
            }
            WalkerConstellationSpec w = new WalkerConstellationSpec(id.string(), name.string(),
                    WalkerPattern.values()[p], planes.integer(), perPlane.integer(), phasing.integer(),
                    altitude.decimal() * 1000.0, Math.toRadians(inclination.decimal()),
                    Math.toRadians(raan.decimal()), spec.template());
            return replace(index, w).apply(current);
        }
    }

    /** The form of a sun-synchronous plane. */
    public static final class SunSynchronousForm extends ConstellationForm<SunSynchronousSpec> {
        private final FormField id = add("id", "Id", "", FormField.Type.TEXT, "id");
        private final FormField name = add("name", "Name", "", FormField.Type.TEXT, "name");
        private final FormField altitude = add("altitude", "Altitude", "km", FormField.Type.DECIMAL, "altitudeKm");
        private final FormField ltan = add("ltan", "Local time of ascending node", "h", FormField.Type.DECIMAL,
                "ltanHours");
        private final FormField satellites = add("satellites", "Satellites", "", FormField.Type.INTEGER,
                "satellites");
        private final FormField anomaly = add("anomaly", "Mean anomaly of first satellite", "°",
                FormField.Type.DECIMAL, "meanAnomalyOffsetDeg");
        SunSynchronousForm(MainViewModel main) {
            super(main);
        }

        void show(int i, SunSynchronousSpec s) {
            index = i;
            spec = s;
            load(() -> {
                if (s != null) {
                    id.show(s.id());
                    name.show(s.name());
                    altitude.show(FormField.format(s.altitude() / 1000));
                    ltan.show(FormField.format(s.ltanHours()));
                    satellites.show(Integer.toString(s.satellites()));
                    anomaly.show(FormField.format(Math.toDegrees(s.meanAnomalyOffset())));
                }
            });
        }

        @Override
        protected Plan build(Plan current) throws FormField.Invalid {
            SunSynchronousSpec s = new SunSynchronousSpec(id.string(), name.string(), altitude.decimal() * 1000.0,
                    ltan.decimal(), satellites.integer(), Math.toRadians(anomaly.decimal()), spec.template());
            return replace(index, s).apply(current);
        }
    }
}
