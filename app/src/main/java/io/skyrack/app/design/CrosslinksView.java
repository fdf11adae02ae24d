package io.skyrack.app.design;

import io.skyrack.app.main.MainViewModel;
import io.skyrack.core.plan.CrosslinkPolicy.LinkPair;
import io.skyrack.core.plan.CrosslinkPolicy.TopologyRule;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Crosslinks tab: topology rule and parameters; link mode, the manual links and the check of a pair. */
public final class CrosslinksView extends HBox {

    private final CrosslinksViewModel vm;
    private final MainViewModel main;
    private boolean loading;

    /**
     * @param vm the editor
     * @param main the main view model (sealing edits when a field loses focus)
     */
    public CrosslinksView(CrosslinksViewModel vm, MainViewModel main) {
        this.vm = vm;
        this.main = main;
        createView();
    }

    private void createView() {
        setId("design-crosslinks");
        setSpacing(14);
        setPadding(new Insets(6));

        ComboBox<String> rule = new ComboBox<>(FXCollections.observableArrayList(CrosslinksViewModel.RULES));
        rule.setId("crosslink-rule");
        Runnable showRule = () -> {
            loading = true;
            TopologyRule r = vm.ruleProperty().get();
            rule.setValue(r == null ? null : CrosslinksViewModel.RULES.get(r.ordinal()));
            loading = false;
        };
        showRule.run();
        vm.ruleProperty().addListener((o, a, b) -> showRule.run());
        rule.valueProperty().addListener((o, a, b) -> {
            int i = b == null ? -1 : CrosslinksViewModel.RULES.indexOf(b);
            if (!loading && i >= 0) {
                vm.ruleProperty().set(TopologyRule.values()[i]);
            }
        });
        GridPane params = FormViews.grid(vm.form(), "crosslinks", 1, main::sealEdits, Map.of());
        HBox ruleRow = new HBox(6, new Label("Rule"), rule);
        ruleRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label about = new Label("Manual links are added to the rule's links (with the manual rule they are the only "
                + "ones).");
        about.setWrapText(true);
        about.setMaxWidth(340);
        about.getStyleClass().add("text-muted");
        VBox left = new VBox(6, FormViews.heading("Topology"), ruleRow, params, about);

        ToggleButton linkMode = new ToggleButton("Link mode");
        linkMode.setId("link-mode");
        linkMode.selectedProperty().bindBidirectional(vm.linkModeProperty());
        Label help = new Label("In link mode, click two satellites on the globe or in the outline: the link between "
                + "them is added, or removed when it exists, and checked over the analysis window.");
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        Label message = new Label();
        message.setId("link-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.linkMessageProperty());
        Label check = new Label();
        check.setId("link-check");
        check.setWrapText(true);
        check.textProperty().bind(vm.checkTextProperty());
        check.getStyleClass().add("link-check");
        ListView<LinkPair> pairs = new ListView<>(vm.pairs());
        pairs.setId("manual-links");
        pairs.setPlaceholder(new Label("No manual link"));
        pairs.setPrefHeight(120);
        pairs.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(LinkPair p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.satelliteA() + " ~ " + p.satelliteB());
            }
        });
        Button remove = ConstellationsView.button("Remove link", "remove-link",
                () -> vm.remove(pairs.getSelectionModel().getSelectedItem()));
        remove.disableProperty().bind(pairs.getSelectionModel().selectedItemProperty().isNull());
        Button checkButton = ConstellationsView.button("Check link", "check-link", () -> {
            LinkPair p = pairs.getSelectionModel().getSelectedItem();
            vm.checkPair(p.satelliteA(), p.satelliteB());
        });
        checkButton.disableProperty().bind(pairs.getSelectionModel().selectedItemProperty().isNull());
        VBox right = new VBox(6, FormViews.heading("Manual links"), new HBox(8, linkMode, message), help, check,
                pairs, new HBox(4, remove, checkButton));
        VBox.setVgrow(pairs, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().setAll(left, right);
    }
}
