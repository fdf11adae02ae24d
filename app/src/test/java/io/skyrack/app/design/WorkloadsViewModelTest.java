package io.skyrack.app.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.design.WorkloadsViewModel.Column;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.Workload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Workloads editor without a window. */
class WorkloadsViewModelTest {

    private final DesignFixture fx = new DesignFixture();
    private final WorkloadsViewModel vm = new WorkloadsViewModel(fx.main);

    @BeforeEach
    void setUp() {
        vm.add();
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private Workload workload() {
        return fx.plan().workloads().get(0);
    }

    @Test
    void addedWorkloadIsNamedAndValid() {
        assertEquals("workload-1", workload().name());
        assertEquals("Add workload workload-1", fx.main.undoNameProperty().get());
        assertTrue(fx.main.findings().stream().noneMatch(f -> f.isError()), fx.main.findings().toString());
    }

    @Test
    void cellsAreEditsInEngineerUnits() {
        assertTrue(vm.commit(0, Column.NAME, "llm-7b"));
        assertTrue(vm.commit(0, Column.MEMORY, "14"));
        assertTrue(vm.commit(0, Column.COMPUTE, "60"));
        assertTrue(vm.commit(0, Column.LATENCY, "250"));
        assertTrue(vm.commit(0, Column.SOURCE, "any satellite"));
        assertEquals("llm-7b", workload().name());
        assertEquals(14L * 1024 * 1024 * 1024, workload().memory());
        assertEquals(60e12, workload().compute(), 1e-3);
        assertEquals(0.25, workload().latencySlo(), 1e-15);
        assertEquals(Workload.DataSource.anySatellite(), workload().source());
        assertEquals("Set data source of llm-7b", fx.main.undoNameProperty().get());
        assertEquals("14", WorkloadsViewModel.text(workload(), Column.MEMORY));
    }

    @ParameterizedTest
    @CsvSource({"REPLICAS, 0", "REPLICAS, two", "COMPUTE, -1", "MEMORY, 0", "NAME, 'Bad Name'",
        "SOURCE, no-such-satellite", "PINNED, nowhere", "ANTI_AFFINITY, workload-1"})
    void invalidCellIsRefusedWithItsReason(Column column, String text) {
        Plan before = fx.plan();
        assertFalse(vm.commit(0, column, text));
        assertEquals(before, fx.plan());
        assertEquals(column, vm.errorProperty().get().column());
        assertFalse(vm.messageProperty().get().isEmpty());
        assertTrue(vm.commit(0, Column.PRIORITY, "2"));
        assertNull(vm.errorProperty().get());
    }

    @Test
    void removeIsUndoable() {
        vm.commit(0, Column.NAME, "llm-7b");
        vm.remove(0);
        assertTrue(fx.plan().workloads().isEmpty());
        assertEquals("Remove workload llm-7b", fx.main.undoNameProperty().get());
        fx.main.undo();
        assertEquals("llm-7b", vm.workloads().get(0).name());
    }
}
