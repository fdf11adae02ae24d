package io.skyrack.core.placement;

/** Solver fact for a crosslink: its identifier and capacity (bit/s). */
final class LinkNode {

    final int index;
    final String id;
    final long capacity;

    LinkNode(int index, String id, long capacity) {
        this.index = index;
        this.id = id;
        this.capacity = capacity;
    }

    @Override
    public String toString() {
        return id;
    }
}
