package io.skyrack.app.globe;

import io.skyrack.app.outline.OutlineNode;
import io.skyrack.app.time.PlaybackViewModel;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.plan.Constellation;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * State and actions of the globe: the geometry and analysis shown, the animation timeline prepared from them, the
 * shown time, the selected satellite and the jumps to its next eclipse or contact. Never touches controls.
 *
 * <p>An analysis animates the globe only when it has the satellites the globe shows (an analysis of another plan
 * stays in the results views, marked stale there, while the globe shows the new plan at its epoch).
 */
public final class GlobeViewModel {

    /** One background thread prepares timelines; its work is a few tens of milliseconds per analysis. */
    private static final Executor PREPARE = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "skyrack-globe-prepare");
        t.setDaemon(true);
        return t;
    });

    private static final System.Logger LOG = System.getLogger(GlobeViewModel.class.getName());

    private final ObservableValue<GlobeGeometry> geometry;
    private final ObservableValue<Analysis> analysis;
    private final ObservableValue<OutlineNode> outline;
    private final Consumer<OutlineNode> select;
    private final Executor executor;
    private final Consumer<Runnable> post;
    private final PlaybackViewModel playback = new PlaybackViewModel();
    private final ReadOnlyObjectWrapper<GlobeTimeline> timeline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper selectedSatellite = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canJump;
    private long generation;

    /**
     * @param geometry the globe geometry of the open plan (null while computing)
     * @param analysis the latest analysis (null before the first)
     * @param outline the plan outline
     * @param selection the selected outline entry
     * @param select selects an outline entry
     */
    public GlobeViewModel(ObservableValue<GlobeGeometry> geometry, ObservableValue<Analysis> analysis,
                          ObservableValue<OutlineNode> outline, ObservableValue<OutlineNode> selection,
                          Consumer<OutlineNode> select) {
        this(geometry, analysis, outline, selection, select, PREPARE, GlobeViewModel::onFxThread);
    }

    /**
     * @param geometry the globe geometry of the open plan (null while computing)
     * @param analysis the latest analysis (null before the first)
     * @param outline the plan outline
     * @param selection the selected outline entry
     * @param select selects an outline entry
     * @param executor runs timeline preparation (tests pass {@code Runnable::run})
     * @param post runs results on the FX thread (tests pass {@code Runnable::run})
     */
    GlobeViewModel(ObservableValue<GlobeGeometry> geometry, ObservableValue<Analysis> analysis,
                   ObservableValue<OutlineNode> outline, ObservableValue<OutlineNode> selection,
                   Consumer<OutlineNode> select, Executor executor, Consumer<Runnable> post) {
        this.geometry = geometry;
        this.analysis = analysis;
        this.outline = outline;
        this.select = select;
        this.executor = executor;
        this.post = post;
        canJump = Bindings.createBooleanBinding(() -> timeline.get() != null && selectedSatellite.get() != null
                && timeline.get().indexOf(selectedSatellite.get()) >= 0, timeline, selectedSatellite);
        geometry.addListener((o, a, b) -> prepare());
        analysis.addListener((o, a, b) -> prepare());
        selection.addListener((o, a, n) -> selectedSatellite.set(satelliteOf(n)));
        selectedSatellite.set(satelliteOf(selection.getValue()));
        prepare();
    }

    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    private static String satelliteOf(OutlineNode n) {
        return n != null && n.kind() == OutlineNode.Kind.SATELLITE && n.payload() instanceof String s ? s : null;
    }

    /** Prepares the timeline of the shown geometry and analysis in the background; the latest request wins. */
    private void prepare() {
        long gen = ++generation;
        GlobeGeometry g = geometry.getValue();
        Analysis a = analysis.getValue();
        if (g == null || a == null) {
            setTimeline(null);
            return;
        }
        executor.execute(() -> {
            Optional<GlobeTimeline> t;
            try {
                t = GlobeTimeline.of(a, g);
            } catch (RuntimeException e) {
                // a defect, not an engineering finding: say so once and keep showing the epoch
                LOG.log(System.Logger.Level.ERROR, "cannot prepare the globe animation", e);
                post.accept(() -> message.set("Cannot animate this analysis: " + e));
                return;
            }
            post.accept(() -> {
                if (gen == generation) {
                    setTimeline(t.orElse(null));
                }
            });
        });
    }

    private void setTimeline(GlobeTimeline t) {
        timeline.set(t);
        if (t == null) {
            playback.clear();
        } else {
            playback.setWindow(t.start(), t.duration());
        }
    }

    // ------------------------------------------------------------------ actions

    /**
     * Selects a satellite by name: its outline entry, or, for a satellite past the outline's list limit, an entry
     * made for it under its constellation.
     *
     * @param name satellite name
     * @param constellationId id of its constellation
     */
    public void selectSatellite(String name, String constellationId) {
        OutlineNode root = outline.getValue();
        if (root == null) {
            return;
        }
        var match = root.descendants().filter(n -> n.kind() == OutlineNode.Kind.SATELLITE && name.equals(n.payload()))
                .findFirst();
        if (match.isPresent()) {
            select.accept(match.get());
            return;
        }
        String constellationPointer = root.descendants().filter(n -> n.kind() == OutlineNode.Kind.CONSTELLATION
                && n.payload() instanceof Constellation c && c.id().equals(constellationId))
                .map(OutlineNode::pointer).findFirst().orElse("");
        select.accept(new OutlineNode(OutlineNode.Kind.SATELLITE, name, constellationPointer, name, List.of()));
    }

    /**
     * Moves the shown time to the selected satellite's next entry into the Earth's shadow, if there is one.
     *
     * @return true when the time moved
     */
    public boolean jumpToNextEclipse() {
        return jump("eclipse", true);
    }

    /**
     * Moves the shown time to the start of the selected satellite's next ground contact, if there is one.
     *
     * @return true when the time moved
     */
    public boolean jumpToNextContact() {
        return jump("contact", false);
    }

    private boolean jump(String what, boolean eclipse) {
        GlobeTimeline t = timeline.get();
        String name = selectedSatellite.get();
        int s = t == null ? -1 : t.indexOf(name);
        if (s < 0) {
            message.set("Select a satellite to jump to its next " + what);
            return false;
        }
        double now = playback.timeProperty().get();
        double next = eclipse ? t.nextEclipse(s, now) : t.nextContact(s, now);
        if (Double.isNaN(next)) {
            message.set("No further " + what + " of " + name + " in the analysis window");
            return false;
        }
        playback.pause();
        playback.seek(next);
        message.set("");
        return true;
    }

    // ------------------------------------------------------------------ properties

    /** @return the shown time and how it moves */
    public PlaybackViewModel playback() {
        return playback;
    }

    /** @return the timeline being animated, null without a matching analysis */
    ReadOnlyObjectProperty<GlobeTimeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** @return the geometry shown */
    ObservableValue<GlobeGeometry> geometry() {
        return geometry;
    }

    /** @return the name of the selected satellite, or null */
    public ReadOnlyStringProperty selectedSatelliteProperty() {
        return selectedSatellite.getReadOnlyProperty();
    }

    /** @return true when a satellite of the animated analysis is selected */
    public BooleanBinding canJumpProperty() {
        return canJump;
    }

    /** @return the outcome of the last jump that found nothing, or empty */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
