package io.skyrack.app.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.design.TileLayoutViewModel.Cell;
import io.skyrack.core.plan.TileArray;
import io.skyrack.core.plan.TileSpec;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TILE layout editor without a window. */
class TileLayoutViewModelTest {

    private final DesignFixture fx = new DesignFixture();
    private final ConstellationsViewModel constellations = new ConstellationsViewModel(fx.main);
    private final TileLayoutViewModel vm = new TileLayoutViewModel(fx.main, constellations);

    @BeforeEach
    void setUp() {
        constellations.addWalker();
        vm.addTileType();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private TileArray array() {
        return fx.plan().constellations().get(0).template().tileArray();
    }

    @Test
    void clickingEmptyCellsAddsTheChosenTile() {
        assertEquals("tile-1", vm.chosenTileProperty().get());
        assertEquals(2, vm.rowsProperty().get());
        assertEquals(3, vm.columnsProperty().get());
        vm.click(0, 1);
        assertEquals(List.of(new TileArray.TileSlot(0, 1, "tile-1")), array().slots());
        assertEquals("Add TILE at r1c2", fx.main.undoNameProperty().get());
        // a click on an occupied cell selects it; Delete removes it
        vm.click(0, 1);
        assertEquals(1, array().slots().size());
        assertEquals(new Cell(0, 1), vm.selectedCellProperty().get());
        vm.removeSelected();
        assertTrue(array().slots().isEmpty());
        assertEquals("Remove TILE at r1c2", fx.main.undoNameProperty().get());
        assertNull(vm.selectedCellProperty().get());
    }

    @Test
    void moveGoesToEmptyCellsOnly() {
        vm.click(0, 0);
        vm.click(1, 2);
        vm.move(new Cell(0, 0), new Cell(1, 2));
        assertEquals(2, array().slots().size());
        assertTrue(vm.messageProperty().get().contains("taken"));
        vm.move(new Cell(0, 0), new Cell(1, 0));
        assertEquals(List.of(new TileArray.TileSlot(1, 0, "tile-1"), new TileArray.TileSlot(1, 2, "tile-1")),
                array().slots());
        assertEquals("Move TILE r1c1 to r2c1", fx.main.undoNameProperty().get());
    }

    @Test
    void shrinkingTheGridRemovesTheTilesOutsideInOneStep() {
        vm.fillEmpty();
        assertEquals(6, array().slots().size());
        vm.resize(1, 2);
        assertEquals(2, array().slots().size());
        assertEquals("Set TILE grid of shell-1 to 1×2 (removes 4 TILEs)", fx.main.undoNameProperty().get());
        fx.main.undo();
        assertEquals(6, array().slots().size());
        vm.resize(0, 2);
        assertEquals(6, array().slots().size());
    }

    @Test
    void figuresFollowEveryChange() {
        vm.click(0, 0);
        vm.click(0, 1);
        var f = vm.lastFiguresProperty().get();
        assertNotNull(f);
        assertEquals(2.0, f.area(), 1e-12);
        assertEquals(18.0, f.mass(), 1e-12);
        assertEquals(63.0, f.satelliteMass(), 1e-12);
        assertEquals(2, f.gpuCount());
        assertTrue(f.peakGeneratedW() > 0);
        assertTrue(f.orbitAverageGeneratedW() < f.peakGeneratedW());
        assertEquals(1, f.tiles().size());
        assertFalse(f.tiles().get(0).radiatorShort(), "25 W on a 1 m² radiator");
        assertTrue(vm.figures().stream().noneMatch(r -> r.warning() && r.label().startsWith("Radiator")),
                vm.figures().toString());
        assertTrue(vm.figures().stream().anyMatch(r -> r.label().equals("Hot margin, tile-1") && !r.warning()),
                vm.figures().toString());
    }

    @Test
    void anH100OnOneSquareMetreWarnsOfTheRadiator() {
        vm.click(0, 0);
        vm.gpuProfileProperty().set("h100-sxm5-80gb");
        TileSpec t = fx.plan().tiles().get(0);
        assertEquals(new TileSpec.GpuSlot("h100-sxm5-80gb", 1, "700W"), t.gpus().get(0));
        assertEquals("Set GPUs of tile-1 to 1× h100-sxm5-80gb at 700W", fx.main.undoNameProperty().get());
        assertEquals(List.of("700W"), vm.powerModes());
        assertTrue(vm.lastFiguresProperty().get().tiles().get(0).radiatorShort());
        assertTrue(vm.figures().stream().anyMatch(r -> r.warning() && r.label().startsWith("Radiator")),
                vm.figures().toString());
    }

    @Test
    void powerModeAndCountAreEdits() {
        vm.powerModeProperty().set("15W");
        vm.gpuCountProperty().set(2);
        assertEquals(new TileSpec.GpuSlot("jetson-orin-nx-16gb", 2, "15W"), fx.plan().tiles().get(0).gpus().get(0));
        assertEquals("Set GPUs of tile-1 to 2× jetson-orin-nx-16gb at 15W", fx.main.undoNameProperty().get());
    }

    @Test
    void withoutConstellationTheGridIsUnavailable() {
        constellations.deleteSelected();
        assertFalse(vm.availableProperty().get());
        vm.click(0, 0);
        assertTrue(fx.plan().constellations().isEmpty());
    }

    @Test
    void meanAltitudeOfATleSetFollowsItsMeanMotion() {
        var t = new io.skyrack.core.plan.TleConstellationSpec("t", "t", List.of(
                new io.skyrack.core.plan.TleConstellationSpec.TleEntry("ISS",
                        "1 25544U 98067A   08264.51782528 -.00002182  00000-0 -11606-4 0  2927",
                        "2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.72125391563537")),
                DesignDefaults.template());
        // 15.72 rev/day: a = (μ/n²)^⅓ = 6,731 km, 360 km above the mean radius
        assertEquals(360e3, TileLayoutViewModel.meanAltitude(t), 1e3);
    }

    @Test
    void satelliteFormSetsBusMassAttitudeAndBatteryAsNamedEdits() {
        SatelliteForm form = vm.satellite();
        var before = fx.plan().constellations().get(0).template();
        form.field("busMass").textProperty().set("180");
        assertEquals(180.0, fx.plan().constellations().get(0).template().busMass(), 1e-12);
        assertEquals("Set bus mass of shell-1", fx.main.undoNameProperty().get());
        form.field("attitude").textProperty().set("nadir-pointing");
        assertEquals(io.skyrack.core.plan.SatelliteTemplate.AttitudeMode.NADIR_POINTING,
                fx.plan().constellations().get(0).template().attitude());
        form.field("battery").textProperty().set("500");
        form.field("depth").textProperty().set("70");
        var battery = fx.plan().constellations().get(0).template().battery().orElseThrow();
        assertEquals(500 * 3600.0, battery.capacity(), 1e-6);
        assertEquals(0.70, battery.depthOfDischargeLimit(), 1e-12);
        // out of range: refused at the field, the plan keeps 70 %
        form.field("depth").textProperty().set("150");
        assertFalse(form.field("depth").errorProperty().get().isEmpty());
        assertEquals(0.70, fx.plan().constellations().get(0).template().battery().orElseThrow()
                .depthOfDischargeLimit(), 1e-12);
        form.field("depth").textProperty().set("70");
        form.field("battery").textProperty().set("0");
        assertTrue(fx.plan().constellations().get(0).template().battery().isEmpty(), "0 Wh: no battery");
        fx.main.sealEdits();
        while (!fx.main.undoNameProperty().get().startsWith("Add TILE type")
                && !fx.main.undoNameProperty().get().isEmpty()
                && !fx.plan().constellations().get(0).template().equals(before)) {
            fx.main.undo();
        }
        assertEquals(before, fx.plan().constellations().get(0).template());
    }
}
