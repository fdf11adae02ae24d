package io.skyrack.core.placement;

import java.util.List;

/**
 * What a failure takes away.
 *
 * @param gpus GPUs lost
 * @param memory their memory (byte)
 * @param compute their sustained compute (operations per second)
 * @param power their sustained-mode power (W)
 * @param links crosslinks lost
 */
public record CapacityLoss(int gpus, long memory, double compute, double power, List<String> links) {

    /** Copies the list. */
    public CapacityLoss {
        links = List.copyOf(links);
    }
}
