package io.skyrack.app.services;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs shown with JavaFX's file choosers and alerts. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private File lastFolder;

    /** @param owner window that owns the dialogs */
    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title) {
        FileChooser fc = chooser(title);
        File f = fc.showOpenDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, java.util.List<String> patterns) {
        FileChooser fc = chooser(title);
        fc.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(description, patterns),
                new FileChooser.ExtensionFilter("All files", "*"));
        return remember(fc.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName) {
        FileChooser fc = chooser(title);
        fc.setInitialFileName(suggestedName);
        File f = fc.showSaveDialog(owner);
        return remember(f);
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Skyrack plans", "*.skyrack.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        return fc;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        TextArea text = new TextArea(message);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(16, message.split("\n").length + 1));
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }
}
