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

    @Test
    void aStationIsEditedInPlaceCheckedAtTheFieldAndUndoneInOneStep() {
        GroundStationCatalog.Entry sval = vm.builtIn().stream().filter(e -> e.name().equals("SvalSat")).findFirst()
                .orElseThrow();
        GroundStationCatalog.Entry kiruna = vm.builtIn().stream().filter(e -> e.name().startsWith("Kiruna"))
                .findFirst().orElseThrow();
        vm.addBuiltIn(sval);
        vm.addBuiltIn(kiruna);
        GroundStation before = fx.plan().groundStations().get(0);
        vm.startEditing(before);
        assertEquals("SvalSat", vm.editingProperty().get());
        StationsViewModel.NewStationForm form = vm.form();
        assertEquals("SvalSat", form.field("name").text());
        assertTrue(form.validProperty().get(), "the station as it is passes");
        form.field("elevation").textProperty().set("95");
        assertFalse(form.validProperty().get());
        assertFalse(form.field("elevation").errorProperty().get().isEmpty());
        vm.applyForm();
        assertEquals(before, fx.plan().groundStations().get(0), "nothing applied while a field is wrong");
        form.field("elevation").textProperty().set("5");
        vm.applyForm();
        GroundStation after = fx.plan().groundStations().get(0);
        assertEquals(2, fx.plan().groundStations().size(), "changed in place, not added");
        assertEquals(Math.toRadians(5), after.minElevation(), 1e-15);
        assertEquals(before.latitude(), after.latitude(), 1e-12);
        assertEquals("Edit station SvalSat", fx.main.undoNameProperty().get());
        assertEquals("", vm.editingProperty().get(), "the form is for a new station again");
        fx.main.undo();
        assertEquals(before, fx.plan().groundStations().get(0));
        // renaming onto another station's name is refused at the field
        vm.startEditing(fx.plan().groundStations().get(0));
        form.field("name").textProperty().set(fx.plan().groundStations().get(1).name());
        assertFalse(form.validProperty().get());
        vm.cancelEditing();
        assertEquals("", form.field("name").text());
    }
}
