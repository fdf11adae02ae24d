package io.skyrack.gpu;

/**
 * The planning rules that turn NVIDIA's published throughput into the figures the catalog
 * stores where NVIDIA publishes none.
 *
 * <p><b>Per-mode rule.</b> NVIDIA publishes TOPS at the top power mode only. A lower mode gets
 * the top-mode figure scaled by its power budget over the top mode's budget:
 * {@code figure(mode) = figure(top) × powerW(mode) / powerW(top)}. This is a planning
 * approximation, not a measurement: under dynamic voltage and frequency scaling power falls
 * faster than clock speed (roughly with f·V²), so a lower mode usually keeps more than its
 * power share of throughput and the rule tends to under-estimate it. Modes computed this way
 * are marked {@link PowerMode#throughputDerived()}.
 *
 * <p><b>Dense versus sparse.</b> On Ampere, Ada, Hopper and Blackwell tensor cores, 2:4
 * structured sparsity doubles peak throughput, and NVIDIA prints data-centre figures "with
 * sparsity", stating that they are one half lower without it. Where only the sparse figure is
 * published, the dense one is {@code sparse / 2}.
 */
public final class ThroughputRule {

    /** Ratio of peak throughput with 2:4 structured sparsity to peak dense throughput (–). */
    public static final double SPARSITY_SPEEDUP = 2.0;

    private ThroughputRule() {
    }

    /**
     * Scales a top-mode figure to a lower power mode.
     *
     * @param topFigure figure published for the top mode (TOPS or TFLOPS)
     * @param topPowerW power budget of the top mode (W), positive
     * @param modePowerW power budget of the mode to derive (W), positive
     * @return the derived figure, in the unit of {@code topFigure}
     * @throws IllegalArgumentException if a power is not positive and finite
     */
    public static double scaleToMode(double topFigure, double topPowerW, double modePowerW) {
        requirePositive(topPowerW, "topPowerW");
        requirePositive(modePowerW, "modePowerW");
        return topFigure * modePowerW / topPowerW;
    }

    /**
     * Returns the dense throughput that corresponds to a published sparse one.
     *
     * @param sparseFigure throughput with 2:4 structured sparsity (TOPS or TFLOPS)
     * @return throughput without sparsity, in the same unit
     */
    public static double denseFromSparse(double sparseFigure) {
        return sparseFigure / SPARSITY_SPEEDUP;
    }

    private static void requirePositive(double value, String what) {
        if (!(Double.isFinite(value) && value > 0.0)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + value);
        }
    }
}
