package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.core.design.TileArrayFigures;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteTemplate;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileArray.TileSlot;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuProfile;
import io.skyrack.gpu.PowerMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The TILE layout editor: the grid of TILE slots of the selected constellation's satellite template, the TILE
 * types with their GPU modules and power mode, and the live figures of the array from
 * {@link TileArrayFigures}, computed on the task executor after every change.
 */
public final class TileLayoutViewModel {

    /** Mean radius of the Earth (m), the reference of {@link TileArrayFigures}' altitude. */
    private static final double MEAN_RADIUS = 6_371_008.8;
    /** Equatorial radius (m), the reference of the plan's altitudes. */
    private static final double EQUATORIAL_RADIUS = 6_378_137.0;
    /** Earth's gravitational parameter (m³/s²). */
    private static final double MU = 3.986004418e14;
    /** Largest grid side the plan format accepts. */
    public static final int MAX_SIDE = 64;

    /**
     * A grid cell, 0-based.
     *
     * @param row row
     * @param column column
     */
    public record Cell(int row, int column) {
        /** @return the cell as users read it, 1-based: "r1c2" */
        public String label() {
            return "r" + (row + 1) + "c" + (column + 1);
        }
    }

    /**
     * One line of the figures panel.
     *
     * @param label what the figure is
     * @param value the value with its unit
     * @param warning true when it needs the designer's attention
     */
    public record FigureRow(String label, String value, boolean warning) {
    }

    private final MainViewModel main;
    private final ConstellationsViewModel constellations;
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available", false);
    private final ReadOnlyIntegerWrapper rows = new ReadOnlyIntegerWrapper(this, "rows", 0);
    private final ReadOnlyIntegerWrapper columns = new ReadOnlyIntegerWrapper(this, "columns", 0);
    private final ObservableList<TileSlot> slots = FXCollections.observableArrayList();
    private final ObservableList<String> tileTypes = FXCollections.observableArrayList();
    private final ObjectProperty<String> chosenTile = new SimpleObjectProperty<>(this, "chosenTile");
    private final ReadOnlyObjectWrapper<Cell> selectedCell = new ReadOnlyObjectWrapper<>(this, "selectedCell");
    private final ObservableList<String> gpuProfiles = FXCollections.observableArrayList();
    private final ObservableList<String> powerModes = FXCollections.observableArrayList();
    private final ObjectProperty<String> gpuProfile = new SimpleObjectProperty<>(this, "gpuProfile");
    private final ObjectProperty<String> powerMode = new SimpleObjectProperty<>(this, "powerMode");
    private final ObjectProperty<Integer> gpuCount = new SimpleObjectProperty<>(this, "gpuCount", 1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<FigureRow> figures = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TileArrayFigures.Figures> lastFigures =
            new ReadOnlyObjectWrapper<>(this, "figures");
    private final TileArrayFigures calculator;
    private final SatelliteForm satellite;
    private boolean loading;
    private long generation;

    /**
     * @param main the main view model
     * @param constellations the Constellations editor, whose selection this edits
     */
    public TileLayoutViewModel(MainViewModel main, ConstellationsViewModel constellations) {
        this.main = main;
        this.constellations = constellations;
        this.calculator = new TileArrayFigures(main.catalog());
        this.satellite = new SatelliteForm(main);
        main.catalog().profiles().forEach(p -> gpuProfiles.add(p.id()));
        main.planProperty().addListener((o, a, b) -> refresh());
        constellations.selectedIndexProperty().addListener((o, a, b) -> {
            selectedCell.set(null);
            refresh();
        });
        chosenTile.addListener((o, a, b) -> {
            if (!loading) {
                loadGpu();
            }
        });
        gpuProfile.addListener((o, a, b) -> gpuChanged(true));
        powerMode.addListener((o, a, b) -> gpuChanged(false));
        gpuCount.addListener((o, a, b) -> gpuChanged(false));
        refresh();
    }

    /** @return the form of the satellite around the array: bus mass, attitude, battery */
    public SatelliteForm satellite() {
        return satellite;
    }

    /** Ends the merging of typed changes into one undo step (a field lost focus). */
    public void sealEdits() {
        main.sealEdits();
    }

    private void refresh() {
        Plan p = main.planProperty().get();
        Constellation c = constellations.selected();
        loading = true;
        try {
            List<String> ids = p == null ? List.of() : p.tiles().stream().map(TileSpec::id).toList();
            if (!tileTypes.equals(ids)) {
                tileTypes.setAll(ids);
            }
            if (chosenTile.get() == null || !ids.contains(chosenTile.get())) {
                chosenTile.set(ids.isEmpty() ? null : ids.get(0));
            }
        } finally {
            loading = false;
        }
        loadGpu();
        satellite.show(c == null ? -1 : constellations.selectedIndexProperty().get(), c);
        if (c == null) {
            available.set(false);
            heading.set("Add or select a constellation in the Constellations tab to lay out its TILEs.");
            rows.set(0);
            columns.set(0);
            slots.clear();
            figures.clear();
            lastFigures.set(null);
            return;
        }
        available.set(true);
        TileArray array = c.template().tileArray();
        heading.set(c.id() + ", each of " + c.satelliteCount() + " satellite" + (c.satelliteCount() == 1 ? "" : "s"));
        rows.set(array.rows());
        columns.set(array.columns());
        if (!slots.equals(array.slots())) {
            slots.setAll(array.slots());
        }
        computeFigures(p, c, constellations.selectedIndexProperty().get());
    }

    private void loadGpu() {
        TileSpec t = chosenSpec();
        loading = true;
        try {
            Optional<TileSpec.GpuSlot> g = t == null ? Optional.empty() : t.gpus().stream().findFirst();
            gpuProfile.set(g.map(TileSpec.GpuSlot::profileId).orElse(null));
            updateModes();
            powerMode.set(g.map(TileSpec.GpuSlot::powerMode).orElse(null));
            gpuCount.set(g.map(TileSpec.GpuSlot::count).orElse(1));
        } finally {
            loading = false;
        }
    }

    private void updateModes() {
        List<String> modes = gpuProfile.get() == null ? List.of() : main.catalog().find(gpuProfile.get())
                .map(pr -> pr.powerModes().stream().map(PowerMode::name).toList()).orElse(List.of());
        if (!powerModes.equals(modes)) {
            powerModes.setAll(modes);
        }
    }

    private TileSpec chosenSpec() {
        Plan p = main.planProperty().get();
        return p == null || chosenTile.get() == null ? null
                : p.tiles().stream().filter(t -> t.id().equals(chosenTile.get())).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------ grid actions

    /**
     * A click on a cell: an empty cell gets the chosen TILE type, an occupied one becomes the selected cell.
     *
     * @param row row, 0-based
     * @param column column, 0-based
     */
    public void click(int row, int column) {
        Cell cell = new Cell(row, column);
        if (occupant(row, column) != null) {
            selectedCell.set(cell);
            message.set(cell.label() + ": " + occupant(row, column).tileId() + " selected");
            return;
        }
        String tile = chosenTile.get();
        if (tile == null) {
            message.set("Add a TILE type first (New TILE type).");
            return;
        }
        if (row < 0 || column < 0 || row >= rows.get() || column >= columns.get()) {
            return;
        }
        if (editTemplate("Add TILE at " + cell.label(), a -> {
            List<TileSlot> list = new ArrayList<>(a.slots());
            list.add(new TileSlot(row, column, tile));
            return new TileArray(a.rows(), a.columns(), list);
        })) {
            selectedCell.set(cell);
            message.set("");
        }
    }

    /**
     * Removes the TILE in a cell.
     *
     * @param row row
     * @param column column
     */
    public void remove(int row, int column) {
        if (occupant(row, column) == null) {
            return;
        }
        Cell cell = new Cell(row, column);
        editTemplate("Remove TILE at " + cell.label(), a -> new TileArray(a.rows(), a.columns(),
                a.slots().stream().filter(s -> s.row() != row || s.column() != column).toList()));
        if (cell.equals(selectedCell.get())) {
            selectedCell.set(null);
        }
    }

    /** Removes the TILE in the selected cell. */
    public void removeSelected() {
        Cell c = selectedCell.get();
        if (c != null) {
            remove(c.row(), c.column());
        }
    }

    /**
     * Moves a TILE to an empty cell.
     *
     * @param from its cell
     * @param to an empty cell of the grid
     */
    public void move(Cell from, Cell to) {
        TileSlot s = occupant(from.row(), from.column());
        if (s == null || from.equals(to)) {
            return;
        }
        if (occupant(to.row(), to.column()) != null) {
            message.set(to.label() + " is taken; move the TILE to an empty cell.");
            return;
        }
        if (editTemplate("Move TILE " + from.label() + " to " + to.label(), a -> {
            List<TileSlot> list = new ArrayList<>(a.slots());
            list.remove(s);
            list.add(new TileSlot(to.row(), to.column(), s.tileId()));
            return new TileArray(a.rows(), a.columns(), list);
        })) {
            selectedCell.set(to);
        }
    }

    /**
     * Resizes the grid; TILEs outside the new grid are removed (the edit's name says how many).
     *
     * @param newRows rows, 1–64
     * @param newColumns columns, 1–64
     */
    public void resize(int newRows, int newColumns) {
        if (!available.get() || newRows == rows.get() && newColumns == columns.get()) {
            return;
        }
        if (newRows < 1 || newColumns < 1 || newRows > MAX_SIDE || newColumns > MAX_SIDE) {
            message.set("The grid has 1 to " + MAX_SIDE + " rows and columns.");
            return;
        }
        long dropped = slots.stream().filter(s -> s.row() >= newRows || s.column() >= newColumns).count();
        editTemplate("Set TILE grid of " + constellations.selected().id() + " to " + newRows + "×" + newColumns
                + (dropped == 0 ? "" : " (removes " + dropped + " TILE" + (dropped == 1 ? ")" : "s)")),
                a -> new TileArray(newRows, newColumns, a.slots().stream()
                        .filter(s -> s.row() < newRows && s.column() < newColumns).toList()));
        message.set("");
    }

    /** Fills every empty cell with the chosen TILE type. */
    public void fillEmpty() {
        String tile = chosenTile.get();
        if (tile == null || !available.get()) {
            return;
        }
        editTemplate("Fill TILE grid of " + constellations.selected().id() + " with " + tile, a -> {
            List<TileSlot> list = new ArrayList<>(a.slots());
            for (int r = 0; r < a.rows(); r++) {
                for (int c = 0; c < a.columns(); c++) {
                    if (occupant(r, c) == null) {
                        list.add(new TileSlot(r, c, tile));
                    }
                }
            }
            return new TileArray(a.rows(), a.columns(), list);
        });
    }

    /**
     * @param row row
     * @param column column
     * @return the slot in that cell, or {@code null}
     */
    public TileSlot occupant(int row, int column) {
        for (TileSlot s : slots) {
            if (s.row() == row && s.column() == column) {
                return s;
            }
        }
        return null;
    }

    private boolean editTemplate(String name, java.util.function.UnaryOperator<TileArray> change) {
        int i = constellations.selectedIndexProperty().get();
        Constellation c = constellations.selected();
        if (c == null) {
            return false;
        }
        SatelliteTemplate t = c.template();
        Constellation changed = c.withTemplate(t.withTileArray(change.apply(t.tileArray())));
        return main.edit(name, ConstellationsViewModel.replace(i, changed));
    }

    // ------------------------------------------------------------------ TILE types

    /** Adds a TILE type with default values (one Jetson Orin NX 16GB at 25 W) and chooses it. */
    public void addTileType() {
        Plan p = main.planProperty().get();
        if (p == null) {
            return;
        }
        String id = DesignDefaults.uniqueId("tile", p.tiles().stream().map(TileSpec::id).toList());
        List<TileSpec> list = new ArrayList<>(p.tiles());
        list.add(DesignDefaults.tile(id));
        if (main.edit("Add TILE type " + id, plan -> plan.withTiles(list))) {
            chosenTile.set(id);
        }
    }

    private void gpuChanged(boolean profileChanged) {
        // a mode control clears its value when its list changes: that is no choice of the user's
        if (loading || !profileChanged && powerMode.get() == null) {
            return;
        }
        loading = true;
        try {
            // the mode list follows the profile; its control may clear its value meanwhile
            updateModes();
        } finally {
            loading = false;
        }
        TileSpec t = chosenSpec();
        String profile = gpuProfile.get();
        Integer count = gpuCount.get();
        if (t == null || profile == null || count == null) {
            return;
        }
        Optional<GpuProfile> pr = main.catalog().find(profile);
        String mode = powerMode.get();
        if (pr.isPresent() && (mode == null || pr.get().mode(mode).isEmpty())) {
            // another profile: keep the mode name when it has it, else its highest mode
            mode = pr.get().maxMode().name();
        }
        if (count < 1 || count > 64) {
            message.set("A TILE carries 1 to 64 GPU modules.");
            return;
        }
        List<TileSpec.GpuSlot> gpus = new ArrayList<>(t.gpus());
        TileSpec.GpuSlot slot = new TileSpec.GpuSlot(profile, count, mode);
        if (gpus.isEmpty()) {
            gpus.add(slot);
        } else {
            gpus.set(0, slot);
        }
        TileSpec changed = new TileSpec(t.id(), t.name(), t.area(), t.radiatorArea(), t.mass(), t.cells(),
                t.solarFace(), t.radiatorFace(), t.heatCapacities(), t.conductances(), gpus, t.housekeepingPower(),
                t.mpptEfficiency(), t.distributionEfficiency());
        String name = String.format(Locale.ROOT, "Set GPUs of %s to %d× %s at %s", t.id(), count, profile, mode);
        main.edit(name, plan -> plan.withTiles(plan.tiles().stream().map(x -> x.id().equals(t.id()) ? changed : x)
                .toList()));
        message.set("");
    }

    // ------------------------------------------------------------------ figures

    private void computeFigures(Plan p, Constellation c, int index) {
        long gen = ++generation;
        double altitude = meanAltitude(c);
        SatelliteTemplate template = c.template();
        List<TileSpec> tiles = p.tiles();
        var assumptions = p.assumptions();
        main.tasks().run("TILE figures", () -> calculator.compute(template, tiles, assumptions, altitude,
                "/constellations/" + index + "/template"), f -> {
                    if (gen == generation) {
                        lastFigures.set(f);
                        figures.setAll(rows(f, template));
                    }
                }, e -> {
                    if (gen == generation) {
                        lastFigures.set(null);
                        figures.setAll(List.of(new FigureRow("Figures", "could not be computed: " + e.getMessage(),
                                true)));
                    }
                });
    }

    /**
     * @param c a constellation
     * @return its orbit's height above the Earth's mean radius (m); NaN when unknown
     */
    static double meanAltitude(Constellation c) {
        double offset = EQUATORIAL_RADIUS - MEAN_RADIUS;
        if (c instanceof WalkerConstellationSpec w) {
            return w.altitude() + offset;
        }
        if (c instanceof SunSynchronousSpec s) {
            return s.altitude() + offset;
        }
        if (c instanceof ExplicitConstellationSpec e && !e.satellites().isEmpty()) {
            return e.satellites().get(0).semiMajorAxis() - MEAN_RADIUS;
        }
        if (c instanceof TleConstellationSpec t && !t.satellites().isEmpty()) {
            String line2 = t.satellites().get(0).line2();
            try {
                double revPerDay = Double.parseDouble(line2.substring(52, 63).strip());
                double n = revPerDay * 2 * Math.PI / 86_400.0;
                return Math.cbrt(MU / (n * n)) - MEAN_RADIUS;
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    private static List<FigureRow> rows(TileArrayFigures.Figures f, SatelliteTemplate template) {
        List<FigureRow> out = new ArrayList<>();
        TileArray a = template.tileArray();
        out.add(new FigureRow("TILEs", a.slots().size() + " of " + a.rows() * a.columns() + " slots", false));
        out.add(new FigureRow("Area", fmt("%.2f m²", f.area()), false));
        out.add(new FigureRow("Mass", fmt("%.1f kg (satellite %.1f kg)", f.mass(), f.satelliteMass()), false));
        out.add(new FigureRow("GPUs", fmt("%d (%.0f W commanded)", f.gpuCount(), f.commandedComputeW()), false));
        out.add(new FigureRow("Peak power", fmt("%.0f W, sun-normal", f.peakGeneratedW()), false));
        out.add(new FigureRow("Orbit average", fmt("%.0f W (%.0f %% lit)", f.orbitAverageGeneratedW(),
                100 * f.litFraction()), false));
        boolean deficit = f.orbitAverageDemandW() > f.orbitAverageDeliverableW() + 1e-9;
        out.add(new FigureRow("Demand/deliverable", fmt("%.0f W / %.0f W%s", f.orbitAverageDemandW(),
                f.orbitAverageDeliverableW(), deficit ? ": DEFICIT" : ""), deficit));
        for (TileArrayFigures.TileFigures t : f.tiles()) {
            String hot = Double.isInfinite(t.hotMarginK()) ? "no GPU"
                    : fmt("%+.1f K (%.0f °C)", t.hotMarginK(), t.hotJunctionK() - 273.15);
            out.add(new FigureRow("Hot margin, " + t.tileId(), hot, t.hotMarginK() < 0));
            out.add(new FigureRow("Cold margin, " + t.tileId(), fmt("%+.1f K (%.0f °C)", t.coldMarginK(),
                    t.coldJunctionK() - 273.15), t.coldMarginK() < 0));
            String radiator = Double.isInfinite(t.requiredRadiatorArea()) ? "no area suffices"
                    : fmt("needs %.2f of %.2f m²", t.requiredRadiatorArea(), t.radiatorArea());
            out.add(new FigureRow("Radiator, " + t.tileId(), (t.radiatorShort() ? "TOO SMALL: " : "") + radiator,
                    t.radiatorShort()));
        }
        for (Finding finding : f.findings()) {
            if (finding.severity() != Finding.Severity.INFO) {
                out.add(new FigureRow(finding.isError() ? "Error" : "Warning", finding.message(), true));
            }
        }
        return out;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    // ------------------------------------------------------------------ properties

    /** @return what the grid shows */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** @return true when a constellation is selected */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** @return grid rows */
    public ReadOnlyIntegerProperty rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** @return grid columns */
    public ReadOnlyIntegerProperty columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** @return occupied slots of the grid */
    public ObservableList<TileSlot> slots() {
        return slots;
    }

    /** @return the plan's TILE type ids */
    public ObservableList<String> tileTypes() {
        return tileTypes;
    }

    /** @return the TILE type a click on an empty cell adds, and whose GPUs the GPU fields edit */
    public ObjectProperty<String> chosenTileProperty() {
        return chosenTile;
    }

    /** @return the selected cell, or null */
    public ReadOnlyObjectProperty<Cell> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    /** @return ids of the GPU profiles in the catalog */
    public ObservableList<String> gpuProfiles() {
        return gpuProfiles;
    }

    /** @return power modes of the chosen GPU profile */
    public ObservableList<String> powerModes() {
        return powerModes;
    }

    /** @return GPU profile of the chosen TILE type (its first GPU group) */
    public ObjectProperty<String> gpuProfileProperty() {
        return gpuProfile;
    }

    /** @return commanded power mode of the chosen TILE type's GPUs */
    public ObjectProperty<String> powerModeProperty() {
        return powerMode;
    }

    /** @return number of GPU modules on the chosen TILE type */
    public ObjectProperty<Integer> gpuCountProperty() {
        return gpuCount;
    }

    /** @return a hint or why the last action did nothing */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** @return the live figures, one row each */
    public ObservableList<FigureRow> figures() {
        return figures;
    }

    /** @return the last figures computed, or null */
    public ReadOnlyObjectProperty<TileArrayFigures.Figures> lastFiguresProperty() {
        return lastFigures.getReadOnlyProperty();
    }
}
