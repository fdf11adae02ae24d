package io.skyrack.app.services;

import java.nio.file.Path;
import java.util.Collections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs answered by a test: the file choosers return the paths the test set (none when unset), every question
 * gets the same answer, and errors and questions are recorded. Safe to answer from the FX thread while the test
 * thread reads.
 */
public final class ScriptedDialogs implements DialogService {

    /** What Open returns, or null for a cancelled chooser. */
    public volatile Path open;
    /** What Save As and Export Report return, or null. */
    public volatile Path save;
    /** What a folder chooser returns, or null. */
    public volatile Path folder;
    /** The answer to every question. */
    public volatile boolean confirm = true;
    /** Messages of the errors shown. */
    public final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    /** Messages of the questions asked. */
    public final List<String> questions = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        return Optional.ofNullable(open);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        return Optional.ofNullable(save);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable(folder);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return confirm;
    }

    /** @return how many questions were asked */
    public int confirmations() {
        return questions.size();
    }
}
