package io.skyrack.app.edit;

import io.skyrack.core.plan.Plan;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo and redo of plan edits. Every edit is a named command holding the plan before and after it; plans are
 * immutable records, so a command is two references and undo restores the exact earlier value. Consecutive edits
 * with the same merge key (typing into one field) merge into one command, so one undo reverts the whole change of a
 * field rather than each keystroke.
 *
 * <p>Not thread-safe: used on the FX thread by the main view model.
 */
public final class EditHistory {

    /** Most commands kept; the oldest are dropped first. */
    public static final int LIMIT = 500;

    /**
     * One edit.
     *
     * @param name what the user sees in Edit → Undo NAME
     * @param before the plan before the edit
     * @param after the plan after it
     * @param mergeKey key of a field being typed into, or {@code null} for an edit that never merges
     */
    public record Command(String name, Plan before, Plan after, String mergeKey) {

        /** Checks the fields. */
        public Command {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    /** Set after undo/redo or a save so that the next edit never merges into an older command. */
    private boolean sealed = true;

    /**
     * Records an edit and clears the redo stack.
     *
     * @param command the edit
     */
    public void push(Command command) {
        redo.clear();
        Command top = undo.peek();
        if (!sealed && top != null && command.mergeKey() != null && command.mergeKey().equals(top.mergeKey())) {
            undo.pop();
            if (top.before().equals(command.after())) {
                // typed back to where the field started: nothing left to undo for it
                sealed = false;
                return;
            }
            undo.push(new Command(command.name(), top.before(), command.after(), command.mergeKey()));
        } else {
            undo.push(command);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        sealed = false;
    }

    /**
     * Stops the last command from absorbing the next edit (focus left the field, the plan was saved).
     */
    public void seal() {
        sealed = true;
    }

    /**
     * @return the command undone, whose {@code before} is the plan to show
     */
    public Optional<Command> undo() {
        Command c = undo.poll();
        if (c != null) {
            redo.push(c);
        }
        sealed = true;
        return Optional.ofNullable(c);
    }

    /**
     * @return the command redone, whose {@code after} is the plan to show
     */
    public Optional<Command> redo() {
        Command c = redo.poll();
        if (c != null) {
            undo.push(c);
        }
        sealed = true;
        return Optional.ofNullable(c);
    }

    /** Forgets every command (a plan was opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        sealed = true;
    }

    /** @return the command that undo would revert */
    public Optional<Command> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    /** @return the command that redo would apply */
    public Optional<Command> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }

    /** @return number of commands that can be undone */
    public int undoCount() {
        return undo.size();
    }
}
