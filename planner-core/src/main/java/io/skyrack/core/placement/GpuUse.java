package io.skyrack.core.placement;

/**
 * What a placement asks of one GPU.
 *
 * @param gpuId GPU identifier
 * @param satellite satellite name
 * @param replicas number of replicas on it; 0 when inactive
 * @param memoryUsed memory used (byte)
 * @param memory memory size (byte)
 * @param computeUsed compute used (operations per second)
 * @param compute sustained compute (operations per second)
 * @param power power drawn (W): its sustained-mode power when active, else its idle power or 0 as the
 *     problem's {@link PlacementProblem.IdleGpuPower} says
 */
public record GpuUse(String gpuId, String satellite, int replicas, long memoryUsed, long memory, double computeUsed,
                     double compute, double power) {

    /** @return whether any replica runs on it */
    public boolean active() {
        return replicas > 0;
    }
}
