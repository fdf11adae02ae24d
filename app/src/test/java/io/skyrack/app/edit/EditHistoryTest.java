package io.skyrack.app.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.skyrack.core.plan.Plan;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final Plan p0 = Plan.empty("p0", Instant.parse("2026-01-01T00:00:00Z"));
    private final Plan p1 = p0.withName("p1");
    private final Plan p2 = p0.withName("p2");
    private final Plan p3 = p0.withName("p3");

    @Test
    void undoAndRedoWalkTheCommandsAndANewEditClearsRedo() {
        EditHistory h = new EditHistory();
        h.push(new EditHistory.Command("one", p0, p1, null));
        h.push(new EditHistory.Command("two", p1, p2, null));
        assertEquals("two", h.nextUndo().orElseThrow().name());
        assertEquals(p1, h.undo().orElseThrow().before());
        assertEquals("two", h.nextRedo().orElseThrow().name());
        h.push(new EditHistory.Command("three", p1, p3, null));
        assertTrue(h.nextRedo().isEmpty());
        assertEquals(p1, h.undo().orElseThrow().before());
        assertEquals(p0, h.undo().orElseThrow().before());
        assertTrue(h.undo().isEmpty());
        assertEquals(p1, h.redo().orElseThrow().after());
    }

    @Test
    void sameKeyMergesUntilSealedAndTypingBackRemovesTheCommand() {
        EditHistory h = new EditHistory();
        h.push(new EditHistory.Command("name", p0, p1, "/name"));
        h.push(new EditHistory.Command("name", p1, p2, "/name"));
        assertEquals(1, h.undoCount());
        assertEquals(p0, h.nextUndo().orElseThrow().before());
        assertEquals(p2, h.nextUndo().orElseThrow().after());
        h.push(new EditHistory.Command("name", p2, p0, "/name"));
        assertEquals(0, h.undoCount(), "typed back to the start");
        h.push(new EditHistory.Command("name", p0, p1, "/name"));
        h.seal();
        h.push(new EditHistory.Command("name", p1, p2, "/name"));
        assertEquals(2, h.undoCount());
        h.push(new EditHistory.Command("other", p2, p3, "/description"));
        assertEquals(3, h.undoCount());
    }

    @Test
    void historyIsBounded() {
        EditHistory h = new EditHistory();
        Plan prev = p0;
        for (int i = 0; i < EditHistory.LIMIT + 20; i++) {
            Plan next = p0.withName("n" + i);
            h.push(new EditHistory.Command("e" + i, prev, next, null));
            prev = next;
        }
        assertEquals(EditHistory.LIMIT, h.undoCount());
    }
}
