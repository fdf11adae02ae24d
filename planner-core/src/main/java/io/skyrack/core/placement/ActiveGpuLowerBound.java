package io.skyrack.core.placement;

import java.util.Arrays;
import java.util.List;

/**
 * Lower bounds on the number of GPUs a set of replicas needs, per dimension.
 *
 * <p>GPUs differ, while Martello–Toth's L2 is stated for bins of one capacity. Giving every GPU the largest
 * capacity of its dimension relaxes the problem (each feasible placement stays feasible), so L2 of the
 * relaxation is a valid bound. The count of largest GPUs whose capacities add up to the total demand is a
 * second valid bound, tighter when GPUs differ much; each dimension takes the larger of the two.
 */
final class ActiveGpuLowerBound {

    private ActiveGpuLowerBound() {
    }

    /**
     * @param p the problem
     * @param placed the workload of each placed replica
     * @return the bound per dimension
     */
    static ActiveGpuBound of(CompiledProblem p, List<WorkloadNode> placed) {
        if (placed.isEmpty() || p.gpus.isEmpty()) {
            return new ActiveGpuBound(0, 0, 0);
        }
        int n = placed.size();
        long[] memory = new long[n];
        long[] compute = new long[n];
        long[] power = new long[n];
        // the most efficient GPU's power per compute quantum (mW per quantum)
        double efficiency = p.gpus.stream().mapToDouble(g -> g.slot.power() * 1000 / Math.max(1, g.compute))
                .min().orElseThrow();
        for (int i = 0; i < n; i++) {
            WorkloadNode w = placed.get(i);
            memory[i] = w.memory;
            compute[i] = w.compute;
            power[i] = (long) Math.floor(w.compute * efficiency);
        }
        long[] memoryCap = p.gpus.stream().mapToLong(g -> g.memory).toArray();
        long[] computeCap = p.gpus.stream().mapToLong(g -> g.compute).toArray();
        long[] powerCap = p.gpus.stream().mapToLong(g -> (long) Math.ceil(g.slot.power() * 1000)).toArray();
        java.util.Map<Integer, Integer> perWorkload = new java.util.HashMap<>();
        for (WorkloadNode w : placed) {
            perWorkload.merge(w.index, 1, Integer::sum);
        }
        int faultDomains = perWorkload.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new ActiveGpuBound(bound(memory, memoryCap), bound(compute, computeCap), bound(power, powerCap),
                faultDomains);
    }

    /**
     * @param sizes item sizes
     * @param capacities bin capacities
     * @return the larger of L2 at the largest capacity and the largest-bins count
     */
    static int bound(long[] sizes, long[] capacities) {
        long largest = Arrays.stream(capacities).max().orElse(0);
        return Math.max(l2(sizes, largest), largestBins(sizes, capacities));
    }

    /**
     * Martello–Toth L2 for bins of one capacity: the largest over K ∈ [0, C/2] of
     * |J1| + |J2| + max(0, ⌈(Σ J3 − (|J2| C − Σ J2)) / C⌉), with J1 the items above C − K, J2 those in
     * (C/2, C − K] and J3 those in [K, C/2].
     *
     * @param sizes item sizes, each ≤ capacity (larger ones are ignored: they fit nowhere)
     * @param capacity bin capacity (> 0)
     * @return the bound
     */
    static int l2(long[] sizes, long capacity) {
        long[] w = Arrays.stream(sizes).filter(s -> s <= capacity && s > 0).sorted().toArray();
        int n = w.length;
        if (n == 0) {
            return 0;
        }
        long[] prefix = new long[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + w[i];
        }
        // first index with 2 w > C: items from there on are "large"
        int half = upperIndex(w, capacity / 2);
        int best = 0;
        long[] candidates = Arrays.stream(w, 0, half).distinct().toArray();
        long[] ks = new long[candidates.length + 1];
        System.arraycopy(candidates, 0, ks, 1, candidates.length);
        for (long k : ks) {
            int j1From = upperIndex(w, capacity - k);          // w > C − K
            int j3From = lowerIndex(w, k);                     // w ≥ K
            int j1 = n - j1From;
            int j2 = j1From - half;
            long sumJ2 = prefix[j1From] - prefix[half];
            long sumJ3 = prefix[half] - prefix[Math.min(j3From, half)];
            long spare = j2 * capacity - sumJ2;
            long rest = sumJ3 - spare;
            int extra = rest > 0 ? (int) ((rest + capacity - 1) / capacity) : 0;
            best = Math.max(best, j1 + j2 + extra);
        }
        return best;
    }

    /**
     * @param sizes item sizes
     * @param capacities bin capacities
     * @return the fewest bins, largest first, whose capacities add up to the total size
     */
    static int largestBins(long[] sizes, long[] capacities) {
        long total = Arrays.stream(sizes).sum();
        long[] c = capacities.clone();
        Arrays.sort(c);
        long sum = 0;
        int count = 0;
        for (int i = c.length - 1; i >= 0 && sum < total; i--) {
            sum += c[i];
            count++;
        }
        return count;
    }

    /** @return index of the first element of the sorted array greater than {@code x} */
    private static int upperIndex(long[] sorted, long x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return index of the first element of the sorted array not less than {@code x} */
    private static int lowerIndex(long[] sorted, long x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
