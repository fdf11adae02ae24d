package io.skyrack.app.services;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs the view models need, behind an interface so that tests can answer them. */
public interface DialogService {

    /**
     * @param title dialog title
     * @return the plan file chosen to open
     */
    Optional<Path> chooseFileToOpen(String title);

    /**
     * @param title dialog title
     * @param suggestedName file name to propose
     * @return the file chosen to save to
     */
    Optional<Path> chooseFileToSave(String title, String suggestedName);

    /**
     * @param title dialog title
     * @return the folder chosen, empty when cancelled (the default answers nothing)
     */
    default Optional<Path> chooseFolder(String title) {
        return Optional.empty();
    }

    /**
     * @param title dialog title
     * @param message what went wrong, in plain words
     */
    void showError(String title, String message);

    /**
     * @param title dialog title
     * @param message the question
     * @return true when the user agrees
     */
    boolean confirm(String title, String message);
}
