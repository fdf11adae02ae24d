package io.skyrack.core.placement;

/**
 * Lower bounds on the number of active GPUs that the placed replicas need, one per dimension; each is the
 * larger of Martello–Toth's L2 with every GPU given the largest capacity and the count of largest GPUs
 * whose capacities add up to the demand.
 *
 * @param memory bound from memory
 * @param compute bound from compute
 * @param power bound from power: each replica's compute at the most efficient GPU's watts per operation,
 *     in GPUs of the largest sustained power
 * @param faultDomains bound from fault domains: the replicas of one workload run on distinct satellites, so on
 *     distinct GPUs; the most placed replicas of any one workload
 */
public record ActiveGpuBound(int memory, int compute, int power, int faultDomains) {

    /**
     * @param memory bound from memory
     * @param compute bound from compute
     * @param power bound from power
     */
    public ActiveGpuBound(int memory, int compute, int power) {
        this(memory, compute, power, 0);
    }

    /** @return the largest of the four */
    public int value() {
        return Math.max(Math.max(memory, faultDomains), Math.max(compute, power));
    }

    /**
     * @param activeGpus active GPUs of a placement of the same replicas
     * @return how far above the bound it is (%), 0 when the bound is 0
     */
    public double gapPercent(int activeGpus) {
        int b = value();
        return b == 0 ? 0.0 : 100.0 * (activeGpus - b) / b;
    }
}
