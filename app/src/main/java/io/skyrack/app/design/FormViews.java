package io.skyrack.app.design;

import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Builds the controls of a {@link PlanForm}: a label, a text field with its error below it, and the unit. */
final class FormViews {

    /** AtlantaFX draws a control in its danger colours with this pseudo-class. */
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private FormViews() {
    }

    /**
     * @param form the form
     * @param prefix id prefix of the controls ({@code prefix-key})
     * @param columns fields side by side
     * @param onFocusLost run when a field loses focus (ends the merging of typing into one undo step)
     * @param custom controls that replace the text field of some keys (bound by the caller)
     * @return the grid
     */
    static GridPane grid(PlanForm form, String prefix, int columns, Runnable onFocusLost, Map<String, Control> custom) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(2);
        grid.setPadding(new Insets(4));
        int i = 0;
        for (FormField f : form.fields()) {
            Control input = custom.get(f.key());
            if (input == null) {
                TextField text = new TextField();
                text.textProperty().bindBidirectional(f.textProperty());
                text.setPrefWidth(f.type() == FormField.Type.TEXT ? 110 : 80);
                input = text;
            }
            input.setId(prefix + "-" + f.key());
            // a field keeps its own width instead of stretching to the widest of its grid column
            input.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            input.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Control control = input;
            control.focusedProperty().addListener((o, a, b) -> {
                if (!b) {
                    onFocusLost.run();
                }
            });
            Label error = new Label();
            error.setId(prefix + "-" + f.key() + "-error");
            error.getStyleClass().add("field-error-text");
            error.setWrapText(true);
            error.setMaxWidth(300);
            error.textProperty().bind(f.errorProperty());
            error.visibleProperty().bind(f.errorProperty().isNotEmpty());
            error.managedProperty().bind(error.visibleProperty());
            f.errorProperty().addListener((o, a, b) -> {
                control.pseudoClassStateChanged(DANGER, !b.isEmpty());
                control.setTooltip(b.isEmpty() ? null : new Tooltip(b));
            });
            Label label = new Label(f.label());
            label.setLabelFor(control);
            label.setMinWidth(Label.USE_PREF_SIZE);
            Label unit = new Label(f.unit());
            unit.setMinWidth(Label.USE_PREF_SIZE);
            // each field takes two grid rows: the controls, then its error under them (collapsed while valid)
            int row = 2 * (i / columns);
            int col = (i % columns) * 3;
            grid.add(label, col, row);
            grid.add(control, col + 1, row);
            grid.add(unit, col + 2, row);
            grid.add(error, col, row + 1, 3, 1);
            GridPane.setMargin(label, new Insets(0, 0, 0, col == 0 ? 0 : 12));
            GridPane.setMargin(error, new Insets(0, 0, 2, col == 0 ? 0 : 12));
            i++;
        }
        grid.setAlignment(Pos.TOP_LEFT);
        return grid;
    }

    /**
     * @param content a tab's content
     * @return the content in a scroll pane that fits its width, so that a short window never clips it
     */
    static ScrollPane scroll(javafx.scene.layout.Region content) {
        // narrower than its content, the tab scrolls instead of squeezing fields and labels
        content.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setFitToHeight(true);
        s.getStyleClass().add("edge-to-edge");
        return s;
    }

    /**
     * @param text title of a section
     * @return a bold label
     */
    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("design-heading");
        return l;
    }
}
