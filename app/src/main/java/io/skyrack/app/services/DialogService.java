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
     * Asks for a file that is not a plan (element sets to import, for example).
     *
     * @param title dialog title
     * @param description what the files are, such as "Element sets (TLE, OMM JSON/XML)"
     * @param patterns glob patterns such as {@code *.tle}
     * @return the file chosen (the default asks as for a plan)
     */
    default Optional<Path> chooseFileToOpen(String title, String description, java.util.List<String> patterns) {
        return chooseFileToOpen(title);
    }

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
