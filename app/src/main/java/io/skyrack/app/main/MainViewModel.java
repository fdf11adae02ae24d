package io.skyrack.app.main;

import io.skyrack.app.globe.GlobeGeometry;
import io.skyrack.app.outline.OutlineModel;
import io.skyrack.app.outline.OutlineNode;
import io.skyrack.app.export.ExportModel;
import io.skyrack.app.results.AnalysisRunModel;
import io.skyrack.app.services.DialogService;
import io.skyrack.app.services.RecentFiles;
import io.skyrack.app.services.TaskExecutor;
import io.skyrack.core.inventory.PlanInventory;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and actions of the main window: the open plan, its file, findings, outline, selection and the
 * globe geometry; New, Open, Save, Save As and recent files. Never touches controls.
 */
public final class MainViewModel {

    private final OrekitContext orekit;
    private final GpuCatalog catalog;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final RecentFiles recentFiles;

    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Skyrack");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<OutlineNode> outline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OutlineNode> selection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<GlobeGeometry> geometry = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    /** One read-only view, kept: an unmodifiable wrapper listens weakly, so a new one per call loses listeners. */
    private final ObservableList<Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<Path> recentView = FXCollections.unmodifiableObservableList(recent);
    private final AnalysisRunModel analysis;
    private final ExportModel export;
    private String sourceLabel = "";
    private long generation;

    /**
     * @param orekit Orekit data context
     * @param catalog GPU profiles
     * @param tasks background executor
     * @param dialogs dialogs
     * @param recentFiles recent-file store
     */
    public MainViewModel(OrekitContext orekit, GpuCatalog catalog, TaskExecutor tasks, DialogService dialogs,
                         RecentFiles recentFiles) {
        this.orekit = orekit;
        this.catalog = catalog;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.recentFiles = recentFiles;
        recent.setAll(recentFiles.list());
        analysis = new AnalysisRunModel(orekit, catalog, tasks);
        export = new ExportModel(orekit, catalog, tasks, dialogs, analysis, status::set,
                io.skyrack.core.bundle.PlacementRow::of);
        plan.addListener((o, a, b) -> analysis.planChanged(b));
        // an analysis adds its engineering findings (power, thermal, links, contacts) to the plan's
        analysis.analysisProperty().addListener((o, a, b) -> {
            if (b != null && b.plan().equals(plan.get())) {
                findings.setAll(b.findings());
            }
        });
    }

    /** @return File → Export and Export Report */
    public ExportModel export() {
        return export;
    }

    /** @return the analysis run of the open plan */
    public AnalysisRunModel analysis() {
        return analysis;
    }

    /**
     * Selects the outline entry that best matches a JSON Pointer: the entry with the longest pointer that is the
     * pointer itself or one of its ancestors (a finding at {@code /tiles/0/gpus/1/powerMode} selects TILE 0).
     *
     * @param pointer JSON Pointer into the plan
     * @return whether an entry other than the plan itself was selected
     */
    public boolean selectPointer(String pointer) {
        OutlineNode root = outline.get();
        if (root == null || pointer == null) {
            return false;
        }
        OutlineNode best = root;
        for (OutlineNode n : (Iterable<OutlineNode>) root.descendants()::iterator) {
            String p = n.pointer();
            boolean matches = !p.isEmpty() && (pointer.equals(p) || pointer.startsWith(p + "/"));
            if (matches && p.length() > best.pointer().length() && n.kind() != OutlineNode.Kind.GROUP) {
                best = n;
            }
        }
        selection.set(best);
        return best != root;
    }

    // ------------------------------------------------------------------ actions

    /** Replaces the plan with an empty one, asking first when there are unsaved changes. */
    public void newPlan() {
        if (!confirmDiscard()) {
            return;
        }
        Instant epoch = Instant.now().truncatedTo(ChronoUnit.DAYS);
        show(Plan.empty("untitled", epoch), null, "untitled", List.of());
        dirty.set(true);
        updateTitle();
        status.set("New empty plan");
    }

    /** Asks for a plan file and opens it. */
    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseFileToOpen("Open plan").ifPresent(this::openFile);
    }

    /**
     * Opens a plan file in the background; a file that cannot be read leaves the current plan open.
     *
     * @param path plan file
     */
    public void openFile(Path path) {
        status.set("Opening " + path.getFileName() + "…");
        busy.set(true);
        tasks.run("Open " + path.getFileName(), () -> PlanFiles.load(path, catalog), r -> {
            busy.set(false);
            if (r.plan().isEmpty()) {
                reportUnreadable(path.getFileName().toString(), r.findings());
                return;
            }
            show(r.plan().get(), path, path.getFileName().toString(), r.findings());
            recent.setAll(recentFiles.add(path));
        }, e -> {
            busy.set(false);
            dialogs.showError("Cannot open plan", "Could not read " + path + ":\n" + e.getMessage());
            status.set("Could not open " + path.getFileName());
        });
    }

    /**
     * Opens a built-in sample plan.
     *
     * @param name sample name
     */
    public void openSample(String name) {
        if (!confirmDiscard()) {
            return;
        }
        loadSample(name);
    }

    /**
     * Opens a sample without asking (start-up).
     *
     * @param name sample name
     */
    public void loadSample(String name) {
        status.set("Opening sample " + name + "…");
        busy.set(true);
        tasks.run("Open sample " + name, () -> PlanFiles.parse(SamplePlans.text(name), catalog), r -> {
            busy.set(false);
            if (r.plan().isEmpty()) {
                reportUnreadable(name, r.findings());
                return;
            }
            show(r.plan().get(), null, "sample " + name, r.findings());
        }, e -> {
            busy.set(false);
            dialogs.showError("Cannot open sample", e.toString());
        });
    }

    /** Saves to the current file, or asks for one. */
    public void save() {
        if (file.get() == null) {
            saveAs();
        } else {
            saveTo(file.get());
        }
    }

    /** Asks for a file and saves to it. */
    public void saveAs() {
        Plan p = plan.get();
        if (p == null) {
            return;
        }
        dialogs.chooseFileToSave("Save plan as", p.name() + PlanFiles.SUFFIX).ifPresent(this::saveTo);
    }

    /**
     * Saves the plan atomically to a file.
     *
     * @param target file
     */
    public void saveTo(Path target) {
        Plan p = plan.get();
        if (p == null) {
            return;
        }
        tasks.run("Save " + target.getFileName(), () -> {
            PlanFiles.save(target, p);
            return target;
        }, t -> {
            file.set(t);
            sourceLabel = t.getFileName().toString();
            dirty.set(false);
            updateTitle();
            recent.setAll(recentFiles.add(t));
            status.set("Saved " + t);
        }, e -> dialogs.showError("Cannot save plan", "Could not save to " + target + ":\n" + e.getMessage()
                + "\nThe previous file, if any, is unchanged."));
    }

    /**
     * @param node outline entry the user selected, or {@code null}
     */
    public void select(OutlineNode node) {
        selection.set(node);
    }

    /**
     * @return true when there are no unsaved changes or the user agrees to discard them
     */
    public boolean confirmDiscard() {
        return !dirty.get() || dialogs.confirm("Unsaved changes", "Discard the unsaved changes to "
                + sourceLabel + "?");
    }

    // ------------------------------------------------------------------ internals

    private void show(Plan p, Path path, String label, List<Finding> list) {
        long gen = ++generation;
        plan.set(p);
        file.set(path);
        sourceLabel = label;
        dirty.set(false);
        findings.setAll(list);
        OutlineNode root = OutlineModel.build(p);
        outline.set(root);
        selection.set(root);
        updateTitle();
        PlanInventory inv = PlanInventory.of(p, catalog);
        summary.set(String.format(Locale.ROOT, "%d satellites · %d TILEs · %d GPUs · %,.0f TOPS", inv.satellites(),
                inv.tiles(), inv.gpuCount(), inv.nominalTops()));
        long errors = list.stream().filter(Finding::isError).count();
        status.set("Opened " + label + (list.isEmpty() ? "" : " — " + errors + " error(s), "
                + (list.size() - errors) + " warning(s)"));
        geometry.set(null);
        if (errors > 0) {
            return;
        }
        tasks.run("Compute orbits", () -> GlobeGeometry.compute(p, orekit), g -> {
            if (gen == generation) {
                geometry.set(g);
            }
        }, e -> status.set("Could not compute orbits: " + e.getMessage()));
    }

    private void reportUnreadable(String name, List<Finding> list) {
        String text = list.stream().limit(20).map(Finding::toString).collect(Collectors.joining("\n"));
        dialogs.showError("Cannot open plan", name + " is not a valid plan file:\n\n" + text
                + (list.size() > 20 ? "\n… and " + (list.size() - 20) + " more" : ""));
        status.set("Could not open " + name);
    }

    private void updateTitle() {
        Plan p = plan.get();
        title.set((dirty.get() ? "• " : "") + (p == null ? "" : p.name() + " — " + sourceLabel + " — ") + "Skyrack");
    }

    // ------------------------------------------------------------------ properties

    /** @return the open plan */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** @return the plan's file, or null for samples and new plans */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** @return true when the plan has unsaved changes */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** @return the window title */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** @return status-bar text */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** @return one-line inventory of the plan */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** @return true while a plan is being read */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** @return the outline tree root */
    public ReadOnlyObjectProperty<OutlineNode> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** @return the selected outline entry */
    public ReadOnlyObjectProperty<OutlineNode> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** @return geometry for the globe, null while computing */
    public ReadOnlyObjectProperty<GlobeGeometry> geometryProperty() {
        return geometry.getReadOnlyProperty();
    }

    /** @return findings of the open plan (read-only for views) */
    public ObservableList<Finding> findings() {
        return findingsView;
    }

    /** @return recent files, most recent first */
    public ObservableList<Path> recentFiles() {
        return recentView;
    }

    /** @return the GPU catalog */
    public GpuCatalog catalog() {
        return catalog;
    }
}
