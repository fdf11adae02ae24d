package io.skyrack.core.placement;

/**
 * Solver fact for a GPU: capacities in solver units and the costs of making it active. Identity equality,
 * so grouping by GPU hashes a pointer.
 */
final class GpuNode {

    final int index;
    final GpuSlot slot;
    final SatelliteNode satellite;
    /** Memory (byte). */
    final long memory;
    /** Compute (quanta of {@link PlacementUnits#COMPUTE_QUANTUM}). */
    final long compute;
    /** Power added to the satellite when this GPU becomes active (mW). */
    final long activePower;
    /** Soft thermal cost of making it active: sustained power over headroom (mW/K). */
    final long thermalCost;

    GpuNode(int index, GpuSlot slot, SatelliteNode satellite, long activePower) {
        this.index = index;
        this.slot = slot;
        this.satellite = satellite;
        this.memory = slot.memory();
        this.compute = PlacementUnits.computeCapacity(slot.compute());
        this.activePower = activePower;
        double headroom = Math.max(slot.thermalHeadroom(), PlacementUnits.MIN_HEADROOM);
        this.thermalCost = Double.isInfinite(headroom) ? 0 : Math.round(slot.power() * 1000 / headroom);
    }

    /** @return satellite fact */
    SatelliteNode satellite() {
        return satellite;
    }

    @Override
    public String toString() {
        return slot.id();
    }
}
