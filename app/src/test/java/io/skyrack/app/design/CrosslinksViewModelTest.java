package io.skyrack.app.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.outline.OutlineNode;
import io.skyrack.core.design.CrosslinkCheck;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.CrosslinkPolicy.LinkPair;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Crosslinks editor without a window. */
class CrosslinksViewModelTest {

    private final DesignFixture fx = new DesignFixture();
    private final ConstellationsViewModel constellations = new ConstellationsViewModel(fx.main);
    private final CrosslinksViewModel vm = new CrosslinksViewModel(fx.main);

    @BeforeEach
    void setUp() {
        constellations.addWalker();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    /** Selects a satellite as the outline or the globe does. */
    private void click(String satellite) {
        fx.main.select(fx.main.outlineProperty().get().descendants()
                .filter(n -> n.kind() == OutlineNode.Kind.SATELLITE && satellite.equals(n.payload())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + satellite + " in " + fx.main.outlineProperty().get()
                        .descendants().map(OutlineNode::label).toList())));
    }

    @Test
    void ruleAndParametersAreNamedEdits() {
        vm.ruleProperty().set(CrosslinkPolicy.TopologyRule.NEAREST_K);
        assertEquals(CrosslinkPolicy.TopologyRule.NEAREST_K, fx.plan().crosslinks().rule());
        assertEquals("Set crosslink rule to Nearest k", fx.main.undoNameProperty().get());
        vm.form().field("nearestK").textProperty().set("3");
        assertEquals(3, fx.plan().crosslinks().nearestK());
        vm.form().field("maxRange").textProperty().set("2500");
        assertEquals(2_500_000.0, fx.plan().crosslinks().maxRange(), 1e-6);
        assertEquals("Set largest range of crosslinks", fx.main.undoNameProperty().get());
        vm.form().field("nearestK").textProperty().set("0");
        assertFalse(vm.form().field("nearestK").errorProperty().get().isEmpty());
        assertEquals(3, fx.plan().crosslinks().nearestK());
        fx.main.undo();
        fx.main.undo();
        assertEquals(CrosslinkPolicy.TopologyRule.NEAREST_K, vm.ruleProperty().get());
        fx.main.undo();
        assertEquals(CrosslinkPolicy.TopologyRule.PLUS_GRID, vm.ruleProperty().get());
    }

    @Test
    void linkModePicksTwoSatellitesAndTogglesTheirLink() {
        vm.linkModeProperty().set(true);
        click("shell-1-P01-S01");
        assertEquals("shell-1-P01-S01", vm.pendingProperty().get());
        click("shell-1-P01-S02");
        assertEquals(List.of(new LinkPair("shell-1-P01-S01", "shell-1-P01-S02")), fx.plan().crosslinks().manualPairs());
        assertEquals("Add manual link shell-1-P01-S01~shell-1-P01-S02", fx.main.undoNameProperty().get());
        // the outline rebuilt after the edit re-selects the entry: not a new pick
        assertEquals("", vm.pendingProperty().get());
        CrosslinkCheck.Result r = vm.checkProperty().get();
        assertNotNull(r);
        // neighbours of a 4-satellite plane are 90° apart at 550 km: the chord 2a·sin 45° = 9,798 km passes
        // a·cos 45° − R = −1,479 km above the surface, through the Earth
        assertEquals(CrosslinkCheck.Verdict.NEVER, r.verdict());
        assertEquals(0.0, r.lineOfSightFraction(), 0.0);
        assertEquals(2 * 6_928_137.0 * Math.sin(Math.toRadians(45)), r.minRange(), 30e3);
        assertEquals(2 * 6_928_137.0 * Math.sin(Math.toRadians(45)), r.maxRange(), 30e3);
        assertTrue(vm.checkTextProperty().get().contains("NEVER available"), vm.checkTextProperty().get());
        // the same pair again, in the other order, removes the link
        click("shell-1-P01-S02");
        assertEquals("shell-1-P01-S02", vm.pendingProperty().get());
        click("shell-1-P01-S01");
        assertTrue(fx.plan().crosslinks().manualPairs().isEmpty());
        assertEquals("Remove manual link shell-1-P01-S02~shell-1-P01-S01", fx.main.undoNameProperty().get());
    }

    @Test
    void outsideLinkModeSelectionAddsNothing() {
        click("shell-1-P01-S01");
        click("shell-1-P01-S02");
        assertTrue(fx.plan().crosslinks().manualPairs().isEmpty());
        assertEquals("", vm.pendingProperty().get());
    }
}
