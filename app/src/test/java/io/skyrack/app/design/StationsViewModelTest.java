package io.skyrack.app.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.design.GroundStationCatalog;
import io.skyrack.core.plan.GroundStation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Stations editor without a window. */
class StationsViewModelTest {

    private final DesignFixture fx = new DesignFixture();
    private final StationsViewModel vm = new StationsViewModel(fx.main);

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    @Test
    void builtInStationIsAddedOnce() {
        GroundStationCatalog.Entry sval = vm.builtIn().stream().filter(e -> e.name().equals("SvalSat")).findFirst()
                .orElseThrow();
        vm.addBuiltIn(sval);
        assertEquals(sval.toGroundStation(), fx.plan().groundStations().get(0));
        assertEquals("Add station SvalSat", fx.main.undoNameProperty().get());
        vm.addBuiltIn(sval);
        assertEquals(1, fx.plan().groundStations().size());
        assertTrue(vm.messageProperty().get().contains("already"));
    }

    @Test
    void formFieldsAreCheckedBeforeAdding() {
        StationsViewModel.NewStationForm form = vm.form();
        assertFalse(form.validProperty().get());
        form.field("name").textProperty().set("Punta Arenas");
        form.field("latitude").textProperty().set("-95");
        form.field("longitude").textProperty().set("-70.85");
        assertFalse(form.field("latitude").errorProperty().get().isEmpty());
        assertFalse(form.validProperty().get());
        vm.addFromForm();
        assertTrue(fx.plan().groundStations().isEmpty());
        form.field("latitude").textProperty().set("-52.94");
        assertTrue(form.validProperty().get());
        vm.addFromForm();
        GroundStation g = fx.plan().groundStations().get(0);
        assertEquals("Punta Arenas", g.name());
        assertEquals(Math.toRadians(-52.94), g.latitude(), 1e-15);
        assertEquals(Math.toRadians(10), g.minElevation(), 1e-15);
        assertEquals(800e6, g.downlinkRate(), 1e-6);
        assertEquals("Add station Punta Arenas", fx.main.undoNameProperty().get());
        assertEquals("", form.field("name").text());
        // the same name again is refused at the name field
        form.field("name").textProperty().set("Punta Arenas");
        form.field("latitude").textProperty().set("1");
        form.field("longitude").textProperty().set("2");
        assertTrue(form.field("name").errorProperty().get().contains("twice"), form.field("name").errorProperty().get());
    }

    @Test
    void removeIsUndoable() {
        vm.addBuiltIn(vm.builtIn().get(0));
        vm.remove(vm.stations().get(0));
        assertTrue(fx.plan().groundStations().isEmpty());
        assertEquals("Remove station " + vm.builtIn().get(0).name(), fx.main.undoNameProperty().get());
        fx.main.undo();
        assertEquals(1, vm.stations().size());
    }
}
