package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.app.outline.OutlineNode;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.design.CrosslinkCheck;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.CrosslinkPolicy.LinkPair;
import io.skyrack.core.plan.CrosslinkPolicy.TopologyRule;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.progress.ProgressMonitor;
import io.skyrack.core.validation.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Crosslinks editor: the topology rule and its parameters, the manual links, and a link mode in which
 * picking two satellites (on the globe or in the outline) adds the link between them, or removes it when it
 * exists, and checks it over the analysis window with {@link CrosslinkCheck} on the task executor.
 */
public final class CrosslinksViewModel {

    /** Display names of the rules, in enum order. */
    public static final List<String> RULES = List.of("+Grid (4 neighbours)", "Nearest k", "Manual pairs only");

    private final MainViewModel main;
    private final ObjectProperty<TopologyRule> rule = new SimpleObjectProperty<>(this, "rule");
    private final PolicyForm form;
    private final BooleanProperty linkMode = new SimpleBooleanProperty(this, "linkMode", false);
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyStringWrapper linkMessage = new ReadOnlyStringWrapper(this, "linkMessage", "");
    private final ObservableList<LinkPair> pairs = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CrosslinkCheck.Result> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyStringWrapper checkText = new ReadOnlyStringWrapper(this, "checkText", "");
    private final CrosslinkCheck checker;
    private boolean loading;
    private String lastSatellitePointer;
    private long generation;

    /** @param main the main view model */
    public CrosslinksViewModel(MainViewModel main) {
        this.main = main;
        this.form = new PolicyForm(main);
        this.checker = new CrosslinkCheck(main.orekit());
        main.planProperty().addListener((o, a, b) -> refresh());
        rule.addListener((o, a, b) -> {
            if (!loading && b != null) {
                main.edit("Set crosslink rule to " + RULES.get(b.ordinal()), p -> p.withCrosslinks(
                        withRule(p.crosslinks(), b)));
            }
        });
        linkMode.addListener((o, a, b) -> {
            pending.set("");
            linkMessage.set(b ? "Link mode: pick a satellite on the globe or in the outline." : "");
        });
        main.selectionProperty().addListener((o, a, b) -> selected(b));
        refresh();
    }

    private static CrosslinkPolicy withRule(CrosslinkPolicy c, TopologyRule r) {
        return new CrosslinkPolicy(r, c.nearestK(), c.maxRange(), c.grazingAltitudeMargin(), c.perHopDelay(),
                c.manualPairs());
    }

    private void refresh() {
        Plan p = main.planProperty().get();
        loading = true;
        try {
            rule.set(p == null ? null : p.crosslinks().rule());
        } finally {
            loading = false;
        }
        pairs.setAll(p == null ? List.of() : p.crosslinks().manualPairs());
        form.show(p == null ? null : p.crosslinks());
    }

    /**
     * Sees a new selection: in link mode a satellite is a pick. The outline is rebuilt after every edit and the
     * selection goes through the plan's root back to the same entry (or to its constellation, for generated
     * satellites); that is not a pick.
     */
    private void selected(OutlineNode node) {
        if (node == null || node.kind() == OutlineNode.Kind.PLAN) {
            return;
        }
        if (node.kind() != OutlineNode.Kind.SATELLITE || !(node.payload() instanceof String name)) {
            lastSatellitePointer = null;
            return;
        }
        // generated satellites share their constellation's pointer: the name tells them apart
        String key = node.pointer() + "#" + name;
        boolean same = key.equals(lastSatellitePointer);
        lastSatellitePointer = key;
        if (linkMode.get() && !same) {
            pick(name);
        }
    }

    /**
     * One pick of link mode: the first satellite waits for the second; the second adds the link between them,
     * or removes it when it exists, and checks it.
     *
     * @param satellite satellite name
     */
    public void pick(String satellite) {
        String first = pending.get();
        if (first.isEmpty()) {
            pending.set(satellite);
            linkMessage.set(satellite + " picked; now pick the satellite to link it with.");
            return;
        }
        if (first.equals(satellite)) {
            return;
        }
        pending.set("");
        toggle(first, satellite);
    }

    /**
     * Adds the manual link between two satellites, or removes it when it exists (either order), then checks it.
     *
     * @param a first satellite
     * @param b second satellite
     */
    public void toggle(String a, String b) {
        Plan p = main.planProperty().get();
        if (p == null) {
            return;
        }
        List<LinkPair> list = new ArrayList<>(p.crosslinks().manualPairs());
        boolean removed = list.removeIf(l -> l.satelliteA().equals(a) && l.satelliteB().equals(b)
                || l.satelliteA().equals(b) && l.satelliteB().equals(a));
        if (!removed) {
            list.add(new LinkPair(a, b));
        }
        CrosslinkPolicy c = p.crosslinks();
        CrosslinkPolicy changed = new CrosslinkPolicy(c.rule(), c.nearestK(), c.maxRange(), c.grazingAltitudeMargin(),
                c.perHopDelay(), list);
        main.edit((removed ? "Remove" : "Add") + " manual link " + a + "~" + b, plan -> plan.withCrosslinks(changed));
        linkMessage.set((removed ? "Removed" : "Added") + " the link " + a + "~" + b
                + (linkMode.get() ? ". Pick the next pair, or leave link mode." : "."));
        checkPair(a, b);
    }

    /**
     * @param pair a manual link
     */
    public void remove(LinkPair pair) {
        toggle(pair.satelliteA(), pair.satelliteB());
    }

    /**
     * Checks line of sight and range of two satellites over the analysis window, on the task executor: on the
     * analysis's ephemeris when it is of the same orbits, else after propagating the plan.
     *
     * @param a first satellite
     * @param b second satellite
     */
    public void checkPair(String a, String b) {
        Plan p = main.planProperty().get();
        long gen = ++generation;
        if (p == null) {
            return;
        }
        if (main.findings().stream().anyMatch(Finding::isError)) {
            check.set(null);
            checkText.set("Check of " + a + "~" + b + " waits for the plan's errors to be fixed (see Findings).");
            return;
        }
        Analysis analysis = main.analysis().analysisProperty().get();
        boolean sameOrbits = analysis != null && analysis.plan().constellations().equals(p.constellations())
                && analysis.plan().window().equals(p.window()) && analysis.plan().epoch().equals(p.epoch());
        checkText.set("Checking " + a + "~" + b + " over the analysis window…");
        main.tasks().run("Check link " + a + "~" + b, () -> sameOrbits
                ? checker.check(p, analysis.grid(), a, b) : checker.check(p, a, b, ProgressMonitor.NONE), r -> {
                    if (gen == generation) {
                        check.set(r);
                        checkText.set(describe(r));
                    }
                }, e -> {
                    if (gen == generation) {
                        check.set(null);
                        checkText.set("Could not check " + a + "~" + b + ": " + e.getMessage());
                    }
                });
    }

    /**
     * @param r a check
     * @return one or two lines for the designer
     */
    static String describe(CrosslinkCheck.Result r) {
        String head = r.satelliteA() + "~" + r.satelliteB() + ": ";
        if (r.verdict() == CrosslinkCheck.Verdict.NOT_CHECKED) {
            return head + "not checked — " + r.findings().stream().map(Finding::message).findFirst().orElse("");
        }
        String verdict = switch (r.verdict()) {
            case ALWAYS -> "available over the whole window";
            case INTERMITTENT -> "available part of the time";
            case NEVER -> "NEVER available";
            default -> r.verdict().name();
        };
        return String.format(Locale.ROOT, "%s%s — line of sight %.0f %%, within reach %.0f %% of the window; "
                        + "range %.0f–%.0f km, reach %.0f km", head, verdict, 100 * r.lineOfSightFraction(),
                100 * r.availableFraction(), r.minRange() / 1e3, r.maxRange() / 1e3, r.reach() / 1e3);
    }

    // ------------------------------------------------------------------ properties

    /** @return the topology rule (setting it is an edit) */
    public ObjectProperty<TopologyRule> ruleProperty() {
        return rule;
    }

    /** @return the rule's parameters */
    public PolicyForm form() {
        return form;
    }

    /** @return true while picks of satellites add or remove links */
    public BooleanProperty linkModeProperty() {
        return linkMode;
    }

    /** @return the first satellite of a pair being picked, or empty */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** @return what link mode did or expects */
    public ReadOnlyStringProperty linkMessageProperty() {
        return linkMessage.getReadOnlyProperty();
    }

    /** @return the manual links */
    public ObservableList<LinkPair> pairs() {
        return pairs;
    }

    /** @return the last check, or null */
    public ReadOnlyObjectProperty<CrosslinkCheck.Result> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** @return the last check in words */
    public ReadOnlyStringProperty checkTextProperty() {
        return checkText.getReadOnlyProperty();
    }

    /** The rule's parameters, edited live. */
    public static final class PolicyForm extends PlanForm {
        private final FormField nearestK = add("nearestK", "Neighbours k", "", FormField.Type.INTEGER, "nearestK");
        private final FormField maxRange = add("maxRange", "Largest range", "km", FormField.Type.DECIMAL,
                "maxRangeKm");
        private final FormField grazing = add("grazing", "Grazing altitude", "km", FormField.Type.DECIMAL,
                "grazingAltitudeKm");
        private final FormField hop = add("hop", "Delay per hop", "ms", FormField.Type.DECIMAL, "perHopDelayMs");
        private CrosslinkPolicy policy;

        PolicyForm(MainViewModel main) {
            super(main, true);
        }

        void show(CrosslinkPolicy c) {
            policy = c;
            load(() -> {
                if (c != null) {
                    nearestK.show(Integer.toString(c.nearestK()));
                    maxRange.show(FormField.format(c.maxRange() / 1000));
                    grazing.show(FormField.format(c.grazingAltitudeMargin() / 1000));
                    hop.show(FormField.format(c.perHopDelay() * 1000));
                }
            });
        }

        @Override
        protected String pointer() {
            return policy == null ? null : "/crosslinks";
        }

        @Override
        protected String subject() {
            return "crosslinks";
        }

        @Override
        protected Plan build(Plan current) throws FormField.Invalid {
            CrosslinkPolicy c = current.crosslinks();
            return current.withCrosslinks(new CrosslinkPolicy(c.rule(), nearestK.integer(), maxRange.decimal() * 1000.0,
                    grazing.decimal() * 1000.0, hop.decimal() * 1e-3, c.manualPairs()));
        }
    }
}
