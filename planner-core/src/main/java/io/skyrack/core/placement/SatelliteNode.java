package io.skyrack.core.placement;

/** Solver fact for a satellite: its index and the power left for GPUs that become active (mW). */
final class SatelliteNode {

    final int index;
    final String name;
    /** Budget for active-GPU increments once idle draws are taken (mW); may be negative. */
    final long activeBudget;

    SatelliteNode(int index, String name, long activeBudget) {
        this.index = index;
        this.name = name;
        this.activeBudget = activeBudget;
    }

    /** @return satellite name */
    String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
