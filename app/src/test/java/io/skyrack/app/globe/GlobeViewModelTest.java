package io.skyrack.app.globe;

import static io.skyrack.app.globe.GlobeFixtures.KEPLER;
import static io.skyrack.app.globe.GlobeFixtures.KEPLER_ANALYSIS;
import static io.skyrack.app.globe.GlobeFixtures.KEPLER_GEOMETRY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.outline.OutlineModel;
import io.skyrack.app.outline.OutlineNode;
import io.skyrack.core.analysis.Analysis;
import io.skyrack.core.contacts.Contact;
import io.skyrack.core.plan.Plan;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class GlobeViewModelTest {

    private final SimpleObjectProperty<GlobeGeometry> geometry = new SimpleObjectProperty<>(KEPLER_GEOMETRY);
    private final SimpleObjectProperty<Analysis> analysis = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<OutlineNode> outline = new SimpleObjectProperty<>(OutlineModel.build(KEPLER));
    private final SimpleObjectProperty<OutlineNode> selection = new SimpleObjectProperty<>();
    private final GlobeViewModel vm = new GlobeViewModel(geometry, analysis, outline, selection, selection::set,
            Runnable::run, Runnable::run);

    @Test
    void anAnalysisOfTheShownSatellitesMakesTheTimeBarAvailable() {
        assertFalse(vm.playback().availableProperty().get());
        analysis.set(KEPLER_ANALYSIS);
        assertNotNull(vm.timelineProperty().get());
        assertTrue(vm.playback().availableProperty().get());
        assertEquals(86_400, vm.playback().durationProperty().get(), 1e-9);
        geometry.set(GlobeGeometry.compute(GlobeFixtures.sample("starcloud-h100"), GlobeFixtures.OREKIT));
        assertNull(vm.timelineProperty().get(), "the analysis is of another plan's satellites");
        assertFalse(vm.playback().availableProperty().get());
    }

    @Test
    void selectingASatelliteByNameSelectsItsOutlineEntry() {
        vm.selectSatellite("kepler-03", "kepler");
        assertEquals(OutlineNode.Kind.SATELLITE, selection.get().kind());
        assertEquals("kepler-03", selection.get().payload());
        assertEquals("kepler-03", vm.selectedSatelliteProperty().get());
        selection.set(outline.get());
        assertNull(vm.selectedSatelliteProperty().get());
    }

    /** Past the outline's 200 listed satellites a satellite gets an entry of its own under its constellation. */
    @Test
    void aSatellitePastTheOutlinesListIsSelectedThroughAnEntryMadeForIt() {
        Plan walker = GlobeFixtures.sample("walker-1584");
        outline.set(OutlineModel.build(walker));
        vm.selectSatellite("shell-P60-S10", "shell");
        OutlineNode n = selection.get();
        assertEquals(OutlineNode.Kind.SATELLITE, n.kind());
        assertEquals("shell-P60-S10", n.payload());
        assertEquals("/constellations/0", n.pointer());
        assertEquals(List.of(), n.children());
    }

    @Test
    void jumpsGoToTheSelectedSatellitesNextContact() {
        analysis.set(KEPLER_ANALYSIS);
        assertFalse(vm.canJumpProperty().get());
        assertFalse(vm.jumpToNextContact());
        Contact first = KEPLER_ANALYSIS.contacts().passes().get(0);
        vm.selectSatellite(first.satelliteName(), "kepler");
        assertTrue(vm.canJumpProperty().get());
        double expected = KEPLER_ANALYSIS.contacts().passes().stream()
                .filter(c -> c.satellite() == first.satellite()).mapToDouble(Contact::startSeconds)
                .filter(t -> t > 0.5).min().orElseThrow();
        vm.playback().play();
        assertTrue(vm.jumpToNextContact());
        assertEquals(expected, vm.playback().timeProperty().get(), 1e-9);
        assertFalse(vm.playback().playingProperty().get(), "a jump pauses to show the moment");
        // kepler-edge flies the dawn–dusk terminator: no eclipse all day
        assertFalse(vm.jumpToNextEclipse());
        assertTrue(vm.messageProperty().get().startsWith("No further eclipse"), vm.messageProperty().get());
    }
}
