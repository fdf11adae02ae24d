package io.skyrack.core.placement;

/** The hard constraint that keeps a replica off every GPU, in the order explanations test them. */
public enum BlockingConstraint {
    /** The problem has no GPU at all. */
    NO_GPU,
    /** Pinned to a satellite with no GPU that passes the later tests. */
    PINNING,
    /** No satellite with a GPU meets the latency SLO from the data source. */
    LATENCY_SLO,
    /** Every satellite left already hosts another replica of the workload. */
    DISTINCT_SATELLITES,
    /** Every satellite left hosts an anti-affine workload. */
    ANTI_AFFINITY,
    /** No GPU left has enough free memory. */
    GPU_MEMORY,
    /** No GPU left with enough memory has enough free compute. */
    GPU_COMPUTE,
    /** Every GPU left would be powered up on a satellite without the spare power. */
    SATELLITE_POWER,
    /** Every route to the GPUs left crosses a link without the spare bandwidth. */
    CROSSLINK_BANDWIDTH
}
