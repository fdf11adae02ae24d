package io.skyrack.app.outline;

import io.skyrack.app.main.MainViewModel;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The plan outline tree, bound to the main view model's outline and selection. */
public final class OutlineView extends TreeView<OutlineNode> {

    private boolean updating;

    /** @param vm main view model */
    public OutlineView(MainViewModel vm) {
        setId("outline");
        setShowRoot(true);
        vm.outlineProperty().addListener((obs, old, root) -> {
            updating = true;
            setRoot(root == null ? null : item(root, true));
            updating = false;
            if (getRoot() != null) {
                getSelectionModel().select(getRoot());
            }
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!updating) {
                vm.select(item == null ? null : item.getValue());
            }
        });
    }

    private static TreeItem<OutlineNode> item(OutlineNode node, boolean expanded) {
        TreeItem<OutlineNode> item = new TreeItem<>(node);
        for (OutlineNode child : node.children()) {
            boolean open = child.kind() == OutlineNode.Kind.GROUP;
            item.getChildren().add(item(child, open));
        }
        item.setExpanded(expanded);
        return item;
    }
}
