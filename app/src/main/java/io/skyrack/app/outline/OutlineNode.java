package io.skyrack.app.outline;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the plan outline.
 *
 * @param kind what the entry is
 * @param label text shown in the tree
 * @param pointer JSON Pointer of the entry in the plan file ({@code ""} for the plan)
 * @param payload the model object shown (a plan record, a satellite name), or {@code null} for groups
 * @param children child entries
 */
public record OutlineNode(Kind kind, String label, String pointer, Object payload, List<OutlineNode> children) {

    /** Checks structure and copies the children. */
    public OutlineNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(pointer, "pointer");
        children = List.copyOf(children);
    }

    /** Kinds of outline entries. */
    public enum Kind {
        /** The plan itself. */
        PLAN,
        /** A group heading (Constellations, TILEs, …). */
        GROUP,
        /** A constellation. */
        CONSTELLATION,
        /** One satellite. */
        SATELLITE,
        /** A TILE specification. */
        TILE,
        /** A ground station. */
        STATION,
        /** The crosslink policy. */
        CROSSLINKS,
        /** A workload. */
        WORKLOAD,
        /** A note such as "… 1,562 more". */
        MORE
    }

    /** @return this entry and all entries below it, breadth first (parents before their children) */
    public java.util.stream.Stream<OutlineNode> descendants() {
        java.util.List<OutlineNode> all = new java.util.ArrayList<>();
        all.add(this);
        for (int i = 0; i < all.size(); i++) {
            all.addAll(all.get(i).children());
        }
        return all.stream();
    }

    @Override
    public String toString() {
        return label;
    }
}
