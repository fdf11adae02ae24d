package io.skyrack.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Wall-clock timing with warm-up runs and the median of measured runs. */
public final class Timing {

    private Timing() {
    }

    /**
     * @param warmups runs discarded before measuring
     * @param runs measured runs
     * @param work the work; its result is kept so the JIT cannot drop it
     * @return the median wall time of the measured runs (s)
     * @throws Exception when the work fails
     */
    public static double median(int warmups, int runs, Callable<?> work) throws Exception {
        Object sink = null;
        for (int i = 0; i < warmups; i++) {
            sink = work.call();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink = work.call();
            t[i] = (System.nanoTime() - t0) * 1e-9;
        }
        if (sink == null) {
            throw new IllegalStateException("benchmark work returned null");
        }
        Arrays.sort(t);
        return t[runs / 2];
    }
}
