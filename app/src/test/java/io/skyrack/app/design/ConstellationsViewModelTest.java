package io.skyrack.app.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.validation.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Constellations editor without a window. */
class ConstellationsViewModelTest {

    private final DesignFixture fx = new DesignFixture();
    private final ConstellationsViewModel vm = new ConstellationsViewModel(fx.main);

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private WalkerConstellationSpec walker() {
        return (WalkerConstellationSpec) fx.plan().constellations().get(0);
    }

    @Test
    void addedWalkerIsSelectedValidAndNamedForUndo() {
        vm.addWalker();
        assertEquals(1, fx.plan().constellations().size());
        assertEquals("shell-1", walker().id());
        assertEquals(0, vm.selectedIndexProperty().get());
        assertEquals(ConstellationsViewModel.FormKind.WALKER, vm.formKindProperty().get());
        assertEquals("550", vm.walker().field("altitude").text());
        assertEquals("53", vm.walker().field("inclination").text());
        assertEquals("Add Walker constellation shell-1", fx.main.undoNameProperty().get());
        assertTrue(fx.main.findings().stream().noneMatch(Finding::isError), fx.main.findings().toString());
    }

    @Test
    void typingIntoAFieldIsOneNamedUndoStep() {
        vm.addWalker();
        vm.walker().field("inclination").textProperty().set("9");
        vm.walker().field("inclination").textProperty().set("97");
        vm.walker().field("inclination").textProperty().set("97.5");
        assertEquals(Math.toRadians(97.5), walker().inclination(), 1e-15);
        assertEquals("Set inclination of shell-1", fx.main.undoNameProperty().get());
        fx.main.undo();
        assertEquals(Math.toRadians(53), walker().inclination(), 1e-15);
        assertEquals("53", vm.walker().field("inclination").text());
    }

    @Test
    void invalidValueIsMarkedAtTheFieldAndLeavesThePlan() {
        vm.addWalker();
        Plan before = fx.plan();
        FormField altitude = vm.walker().field("altitude");
        altitude.textProperty().set("5x0");
        assertEquals("'5x0' is not a number", altitude.errorProperty().get());
        assertEquals(before, fx.plan());
        altitude.textProperty().set("50");
        assertFalse(altitude.errorProperty().get().isEmpty(), "below the 160 km the plan format accepts");
        assertEquals(before, fx.plan());
        assertFalse(vm.walker().validProperty().get());
        altitude.textProperty().set("600");
        assertEquals("", altitude.errorProperty().get());
        assertEquals(600_000.0, walker().altitude(), 1e-9);
    }

    @Test
    void phasingAbovePlanesMinusOneIsRefusedAtPhasing() {
        vm.addWalker();
        vm.walker().field("phasing").textProperty().set("3");
        assertTrue(vm.walker().field("phasing").errorProperty().get().contains("P − 1"),
                vm.walker().field("phasing").errorProperty().get());
        assertEquals(1, walker().phasing());
    }

    @Test
    void patternChoiceMakesAWalkerStar() {
        vm.addWalker();
        vm.walker().field("pattern").textProperty().set("Walker star");
        assertEquals(WalkerConstellationSpec.WalkerPattern.STAR, walker().pattern());
        assertEquals("Set pattern of shell-1", fx.main.undoNameProperty().get());
    }

    @Test
    void sunSynchronousFormEditsLocalTime() {
        vm.addSunSynchronous();
        assertEquals(ConstellationsViewModel.FormKind.SUN_SYNCHRONOUS, vm.formKindProperty().get());
        vm.sunSynchronous().field("ltan").textProperty().set("18");
        SunSynchronousSpec s = (SunSynchronousSpec) fx.plan().constellations().get(0);
        assertEquals(18.0, s.ltanHours(), 1e-12);
        assertEquals("Set local time of ascending node of sso-1", fx.main.undoNameProperty().get());
        vm.sunSynchronous().field("ltan").textProperty().set("24");
        assertFalse(vm.sunSynchronous().field("ltan").errorProperty().get().isEmpty());
        assertEquals(18.0, ((SunSynchronousSpec) fx.plan().constellations().get(0)).ltanHours(), 1e-12);
    }

    @Test
    void deleteIsUndoable() {
        vm.addWalker();
        vm.addSunSynchronous();
        assertEquals(1, vm.selectedIndexProperty().get());
        vm.deleteSelected();
        assertEquals(1, fx.plan().constellations().size());
        assertEquals("Delete constellation sso-1", fx.main.undoNameProperty().get());
        fx.main.undo();
        assertEquals(2, fx.plan().constellations().size());
    }

    @Test
    void tleImportAddsGoodRecordsAndListsLocatedFindings(@TempDir Path dir) throws Exception {
        vm.addWalker();
        String good = "ISS (ZARYA)\n"
                + "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927\n"
                + "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537\n";
        // the same set under another name with its line-1 checksum digit changed
        String bad = "BROKEN\n"
                + "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2928\n"
                + "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537\n";
        Path file = dir.resolve("mixed.tle");
        Files.writeString(file, good + bad);
        fx.dialogs.open = file;
        vm.importElements();
        TleConstellationSpec t = assertInstanceOf(TleConstellationSpec.class, fx.plan().constellations().get(1));
        assertEquals(1, t.satellites().size());
        assertEquals("ISS (ZARYA)", t.satellites().get(0).name());
        assertEquals(1, vm.selectedIndexProperty().get());
        assertEquals(ConstellationsViewModel.FormKind.OTHER, vm.formKindProperty().get());
        Finding checksum = vm.importFindings().stream().filter(f -> f.code().equals("tle.checksum")).findFirst()
                .orElseThrow();
        assertEquals(5, checksum.line());
        assertEquals(69, checksum.column());
        assertTrue(vm.importSummaryProperty().get().startsWith("mixed.tle: 1 satellite(s) imported as tle-1"),
                vm.importSummaryProperty().get());
        assertEquals("Import TLE constellation tle-1 from mixed.tle", fx.main.undoNameProperty().get());
    }

    @Test
    void ommJsonImportIsRecognisedByItsContent(@TempDir Path dir) throws Exception {
        vm.addWalker();
        Path file = dir.resolve("gp.json");
        Files.writeString(file, "[{\"OBJECT_NAME\":\"ISS (ZARYA)\",\"OBJECT_ID\":\"1998-067A\","
                + "\"EPOCH\":\"2008-09-20T12:25:40.104192\",\"MEAN_MOTION\":15.72125391,\"ECCENTRICITY\":0.0006703,"
                + "\"INCLINATION\":51.6416,\"RA_OF_ASC_NODE\":247.4627,\"ARG_OF_PERICENTER\":130.536,"
                + "\"MEAN_ANOMALY\":325.0288,\"NORAD_CAT_ID\":25544,\"BSTAR\":-1.1606e-5}]");
        vm.importFile(file);
        TleConstellationSpec t = assertInstanceOf(TleConstellationSpec.class, fx.plan().constellations().get(1));
        assertEquals("ISS (ZARYA)", t.satellites().get(0).name());
    }

    @Test
    void selectingASatelliteInTheOutlineSelectsItsConstellation() {
        vm.addWalker();
        vm.addSunSynchronous();
        assertTrue(fx.main.selectPointer("/constellations/0/satellites/2"));
        assertEquals(0, vm.selectedIndexProperty().get());
    }
}
