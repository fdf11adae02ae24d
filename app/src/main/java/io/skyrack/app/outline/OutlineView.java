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
        java.util.function.Consumer<OutlineNode> show = root -> {
            updating = true;
            setRoot(root == null ? null : item(root, true));
            updating = false;
            if (getRoot() != null) {
                getSelectionModel().select(getRoot());
            }
        };
        vm.outlineProperty().addListener((obs, old, root) -> show.accept(root));
        // built after a plan was opened (the workbench builds the outline once the globe shows the plan)
        show.accept(vm.outlineProperty().get());
        getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!updating) {
                vm.select(item == null ? null : item.getValue());
            }
        });
        // selections made elsewhere (a finding, the 3D view) show in the tree
        vm.selectionProperty().addListener((obs, old, node) -> {
            TreeItem<OutlineNode> current = getSelectionModel().getSelectedItem();
            if (node == null || getRoot() == null || (current != null && current.getValue() == node)) {
                return;
            }
            TreeItem<OutlineNode> found = find(getRoot(), node);
            if (found != null) {
                for (TreeItem<OutlineNode> p = found.getParent(); p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
                updating = true;
                getSelectionModel().select(found);
                updating = false;
                int row = getRow(found);
                if (row >= 0) {
                    scrollTo(Math.max(0, row - 3));
                }
            }
        });
    }

    private static TreeItem<OutlineNode> find(TreeItem<OutlineNode> item, OutlineNode node) {
        if (item.getValue() == node) {
            return item;
        }
        for (TreeItem<OutlineNode> c : item.getChildren()) {
            TreeItem<OutlineNode> f = find(c, node);
            if (f != null) {
                return f;
            }
        }
        return null;
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
