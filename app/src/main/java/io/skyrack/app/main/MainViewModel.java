package io.skyrack.app.main;

import io.skyrack.app.edit.Autosave;
import io.skyrack.app.edit.EditHistory;
import io.skyrack.app.edit.RecoveryStore;
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
import io.skyrack.core.validation.PlanValidator;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
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
    private final EditHistory history = new EditHistory();
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper("");
    private String sourceLabel = "";
    private long generation;
    /** The plan as last opened or saved; the working copy is dirty when it differs. */
    private Plan savedPlan;
    private RecoveryStore recovery;
    private Autosave autosave;

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

    /**
     * Shows the plan read at start-up in the background, with its globe geometry when already computed.
     *
     * @param result what reading the plan gave
     * @param path its file, or {@code null} for a sample
     * @param label what the title shows as the source
     * @param precomputed orbits for the globe, or {@code null} to compute them
     */
    public void showInitial(PlanFiles.LoadResult result, Path path, String label, GlobeGeometry precomputed) {
        if (result.plan().isEmpty()) {
            reportUnreadable(label, result.findings());
            return;
        }
        show(result.plan().get(), path, label, result.findings(), precomputed);
        if (path != null) {
            recent.setAll(recentFiles.add(path));
        }
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
            savedPlan = p;
            history.seal();
            updateDirty();
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

    // ------------------------------------------------------------------ editing

    /**
     * Applies a named edit to the working copy: recorded for undo, validated, the outline, findings and globe
     * refreshed, results marked stale. An edit that changes nothing is not recorded. A change that throws (an
     * invalid value the record rejects) leaves the plan as it was and shows the reason in the status bar.
     *
     * @param name what Edit → Undo shows, e.g. "Set inclination of shell-1"
     * @param change the edit
     * @return whether the plan changed
     */
    public boolean edit(String name, UnaryOperator<Plan> change) {
        return edit(name, change, null);
    }

    /**
     * Applies an edit that merges with the previous one when both carry the same key and nothing came between
     * (typing into one field is one undo step).
     *
     * @param name what Edit → Undo shows
     * @param change the edit
     * @param mergeKey key of the field, or {@code null}
     * @return whether the plan changed
     */
    public boolean edit(String name, UnaryOperator<Plan> change, String mergeKey) {
        Plan before = plan.get();
        if (before == null) {
            return false;
        }
        Plan after;
        try {
            after = change.apply(before);
        } catch (RuntimeException e) {
            status.set(name + ": " + e.getMessage());
            return false;
        }
        if (after == null || after.equals(before)) {
            return false;
        }
        history.push(new EditHistory.Command(name, before, after, mergeKey));
        present(after);
        status.set(name);
        return true;
    }

    /** Ends merging of edits into the last command (the field being typed into lost focus). */
    public void sealEdits() {
        history.seal();
    }

    /** Reverts the last edit. */
    public void undo() {
        history.undo().ifPresent(c -> {
            present(c.before());
            status.set("Undid " + c.name());
        });
    }

    /** Applies the last undone edit again. */
    public void redo() {
        history.redo().ifPresent(c -> {
            present(c.after());
            status.set("Redid " + c.name());
        });
    }

    /** @return the history of edits (tests) */
    EditHistory history() {
        return history;
    }

    /**
     * Turns on autosave of the working copy to a recovery file.
     *
     * @param store the recovery folder for this process
     * @param scheduler timer on the FX thread
     * @param delay delay from a change to the write (30 s in the workbench)
     */
    public void enableAutosave(RecoveryStore store, Autosave.Scheduler scheduler, Duration delay) {
        this.recovery = store;
        this.autosave = new Autosave(scheduler, delay, this::writeRecovery, store::clear);
    }

    /** @return true when a workbench that did not close normally left autosaved work to offer */
    public boolean hasRecovery() {
        return recovery != null && !recovery.orphans().isEmpty();
    }

    /**
     * Offers to restore the newest recovery file left by a workbench that did not close normally. Declined files
     * are deleted; a restored plan opens as unsaved changes to its original file.
     *
     * @return whether a plan was restored
     */
    public boolean offerRecovery() {
        if (recovery == null) {
            return false;
        }
        for (RecoveryStore.Recovered r : recovery.orphans()) {
            String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC)
                    .format(r.savedAt());
            boolean restore = dialogs.confirm("Restore unsaved work", "Skyrack did not close normally. Restore the "
                    + "unsaved changes to " + r.label() + " autosaved at " + when + "?\n\nChoosing Cancel deletes "
                    + "the recovery copy.");
            if (restore) {
                try {
                    var result = PlanFiles.load(r.planFile(), catalog);
                    if (result.plan().isPresent()) {
                        Path origin = r.origin().filter(Files::isRegularFile).orElse(null);
                        String label = origin != null ? origin.getFileName().toString() : r.label();
                        Plan saved = origin == null ? null : PlanFiles.load(origin, catalog).plan().orElse(null);
                        show(result.plan().get(), origin, label, result.findings());
                        savedPlan = saved;
                        updateDirty();
                        updateTitle();
                        writeRecovery();
                        recovery.delete(r.planFile());
                        status.set("Restored unsaved changes to " + label + " from " + when);
                        return true;
                    }
                    reportUnreadable(r.planFile().getFileName().toString(), result.findings());
                } catch (java.io.IOException e) {
                    dialogs.showError("Cannot restore", "Could not read " + r.planFile() + ":\n" + e.getMessage());
                }
                return false;
            }
            recovery.delete(r.planFile());
        }
        return false;
    }

    /**
     * The window is about to close: asks when there are unsaved changes; when closing goes ahead nothing is left to
     * recover, so the recovery file is deleted.
     *
     * @return whether the window may close
     */
    public boolean requestClose() {
        if (!confirmDiscard()) {
            return false;
        }
        if (autosave != null) {
            autosave.clean();
        }
        return true;
    }

    private void writeRecovery() {
        Plan p = plan.get();
        if (recovery == null || p == null || !dirty.get()) {
            return;
        }
        Path origin = file.get();
        String label = sourceLabel;
        tasks.run("Autosave", () -> {
            recovery.write(p, origin, label);
            return p;
        }, w -> status.set("Autosaved a recovery copy"), e -> status.set("Autosave failed: " + e.getMessage()));
    }

    // ------------------------------------------------------------------ internals

    private void show(Plan p, Path path, String label, List<Finding> list) {
        show(p, path, label, list, null);
    }

    private void show(Plan p, Path path, String label, List<Finding> list, GlobeGeometry precomputed) {
        history.clear();
        savedPlan = p;
        file.set(path);
        sourceLabel = label;
        OutlineNode root = OutlineModel.build(p);
        outline.set(root);
        selection.set(root);
        geometry.set(null);
        refresh(p, list, precomputed);
        long errors = list.stream().filter(Finding::isError).count();
        status.set("Opened " + label + (list.isEmpty() ? "" : " — " + errors + " error(s), "
                + (list.size() - errors) + " warning(s)"));
    }

    /** Shows an edited working copy, keeping the selection on the entry with the same JSON Pointer. */
    private void present(Plan p) {
        String selected = selection.get() == null ? "" : selection.get().pointer();
        OutlineNode root = OutlineModel.build(p);
        outline.set(root);
        selection.set(root);
        if (!selected.isEmpty()) {
            selectPointer(selected);
        }
        refresh(p, PlanValidator.validate(p, catalog), null);
    }

    private void refresh(Plan p, List<Finding> list, GlobeGeometry precomputed) {
        long gen = ++generation;
        plan.set(p);
        findings.setAll(list);
        updateDirty();
        updateTitle();
        undoName.set(history.nextUndo().map(EditHistory.Command::name).orElse(""));
        redoName.set(history.nextRedo().map(EditHistory.Command::name).orElse(""));
        PlanInventory inv = PlanInventory.of(p, catalog);
        summary.set(String.format(Locale.ROOT, "%d satellites · %d TILEs · %d GPUs · %,.0f TOPS", inv.satellites(),
                inv.tiles(), inv.gpuCount(), inv.nominalTops()));
        if (list.stream().anyMatch(Finding::isError)) {
            geometry.set(null);
            return;
        }
        if (precomputed != null) {
            geometry.set(precomputed);
            return;
        }
        tasks.run("Compute orbits", () -> GlobeGeometry.compute(p, orekit), g -> {
            if (gen == generation) {
                geometry.set(g);
            }
        }, e -> status.set("Could not compute orbits: " + e.getMessage()));
    }

    private void updateDirty() {
        Plan p = plan.get();
        boolean d = p != null && !p.equals(savedPlan);
        dirty.set(d);
        if (autosave != null) {
            if (d) {
                autosave.changed();
            } else {
                autosave.clean();
            }
        }
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

    /** @return name of the edit that Undo reverts, empty when there is none */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    /** @return name of the edit that Redo applies, empty when there is none */
    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    /** @return the GPU catalog */
    public GpuCatalog catalog() {
        return catalog;
    }

    /** @return the Orekit data context (for the design editors' imports and checks) */
    public OrekitContext orekit() {
        return orekit;
    }

    /** @return the background executor (for the design editors' off-thread figures and checks) */
    public TaskExecutor tasks() {
        return tasks;
    }

    /** @return the dialogs (for the design editors' file choosers) */
    public DialogService dialogs() {
        return dialogs;
    }
}
