package io.skyrack.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.app.WorkbenchApp;
import io.skyrack.app.edit.Autosave;
import io.skyrack.app.edit.RecoveryStore;
import io.skyrack.app.services.ScriptedDialogs;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.gpu.GpuCatalog;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Editing in the running workbench: the title marks unsaved changes, Ctrl+Z and Ctrl+Shift+Z undo and redo one
 * step each and the Edit menu names them, the autosave writes the recovery file on the FX thread's timer, and
 * closing the window with unsaved changes asks first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditUiTest {

    private static final ScriptedDialogs DIALOGS = new ScriptedDialogs();
    private static Stage stage;
    private static WorkbenchApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        System.setProperty(Autosave.DELAY_PROPERTY, "0.5");
        app = FxTestSupport.startWorkbench(DIALOGS);
        stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void stop() throws Exception {
        System.clearProperty(Autosave.DELAY_PROPERTY);
        FxTestSupport.stopWorkbench(app);
    }

    private static MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menubar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    /** A key press as the scene gets it from the keyboard (without the X server's key repeat of a robot). */
    private void press(KeyCode code, boolean shift) {
        robot.interact(() -> Event.fireEvent(stage.getScene().getRoot(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                code, shift, true, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @Order(1)
    void editsShowInTheTitleAndCtrlZUndoesOneStepByName() {
        String opened = app.viewModel().planProperty().get().name();
        assertFalse(stage.getTitle().startsWith("•"), stage.getTitle());
        robot.interact(() -> app.viewModel().edit("Rename plan to first", p -> p.withName("first")));
        robot.interact(() -> app.viewModel().edit("Rename plan to second", p -> p.withName("second")));
        assertTrue(stage.getTitle().startsWith("• second"), stage.getTitle());
        assertEquals("Undo Rename plan to second", menuItem("menu-undo").getText().replace("_", ""));
        press(KeyCode.Z, false);
        assertEquals("first", app.viewModel().planProperty().get().name(), "one step undone");
        assertEquals("Redo Rename plan to second", menuItem("menu-redo").getText().replace("_", ""));
        press(KeyCode.Z, true);
        assertEquals("second", app.viewModel().planProperty().get().name(), "redone");
        press(KeyCode.Z, false);
        press(KeyCode.Z, false);
        assertEquals(opened, app.viewModel().planProperty().get().name());
        assertFalse(stage.getTitle().startsWith("•"), "back at the opened plan: " + stage.getTitle());
        assertTrue(menuItem("menu-undo").isDisable());
    }

    @Test
    @Order(2)
    void theAutosaveWritesTheRecoveryFileAfterAChange() throws Exception {
        robot.interact(() -> app.viewModel().edit("Rename plan to autosaved", p -> p.withName("autosaved")));
        var file = RecoveryStore.forThisProcess().planFile();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "autosaved".equals(
                PlanFiles.load(file, GpuCatalog.builtIn()).plan().map(p -> p.name()).orElse("")));
    }

    @Test
    @Order(3)
    void closingWithUnsavedChangesAsksAndCleansUpWhenAllowed() throws Exception {
        var file = RecoveryStore.forThisProcess().planFile();
        DIALOGS.confirm = false;
        int asked = DIALOGS.confirmations();
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertEquals(asked + 1, DIALOGS.confirmations());
        assertTrue(DIALOGS.questions.get(asked).startsWith("Discard the unsaved changes"), DIALOGS.questions.get(asked));
        assertTrue(stage.isShowing(), "declined: the window stays");
        assertTrue(Files.exists(file), "and the recovery copy with it");
        DIALOGS.confirm = true;
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertFalse(Files.exists(file), "closed on purpose: nothing left to recover");
    }
}
