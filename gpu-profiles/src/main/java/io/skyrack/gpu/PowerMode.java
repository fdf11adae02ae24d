package io.skyrack.gpu;

import java.util.Objects;

/**
 * One power mode of a GPU or compute module, with the throughput available in it.
 *
 * <p>Throughput figures are {@code null} when the vendor does not publish them (the profile then
 * lists the field name in {@link GpuProfile#unpublished()}). When {@code throughputDerived} is
 * {@code true} the figures were computed from the top mode by {@link ThroughputRule} rather than
 * published for this mode.
 *
 * @param name mode name as the vendor calls it, such as {@code "15W"} or {@code "MAXN"}
 * @param powerW power budget of the mode (W)
 * @param int8SparseTops peak INT8 tensor throughput with 2:4 structured sparsity (TOPS), or
 *     {@code null} when unpublished
 * @param int8DenseTops peak INT8 tensor throughput without sparsity (TOPS), or {@code null} when
 *     unpublished
 * @param fp16Tflops peak dense FP16 tensor throughput (TFLOPS), or {@code null} when unpublished
 * @param throughputDerived {@code true} when the figures of this mode come from
 *     {@link ThroughputRule} rather than from the vendor
 */
public record PowerMode(
        String name,
        double powerW,
        Double int8SparseTops,
        Double int8DenseTops,
        Double fp16Tflops,
        boolean throughputDerived) {

    /**
     * Creates a power mode.
     *
     * @param name mode name as the vendor calls it, such as {@code "15W"} or {@code "MAXN"}
     * @param powerW power budget of the mode (W)
     * @param int8SparseTops peak INT8 tensor throughput with 2:4 structured sparsity (TOPS), or
     *     {@code null} when unpublished
     * @param int8DenseTops peak INT8 tensor throughput without sparsity (TOPS), or {@code null} when
     *     unpublished
     * @param fp16Tflops peak dense FP16 tensor throughput (TFLOPS), or {@code null} when unpublished
     * @param throughputDerived {@code true} when the figures of this mode come from
     *     {@link ThroughputRule} rather than from the vendor
     * @throws IllegalArgumentException if the name is blank or the power is not a positive
     *     finite number
     */
    public PowerMode {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("power mode name must not be blank");
        }
        if (!(Double.isFinite(powerW) && powerW > 0.0)) {
            throw new IllegalArgumentException(
                    "power mode " + name + ": powerW must be positive and finite, got " + powerW);
        }
    }
}
