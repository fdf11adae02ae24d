package io.skyrack.gpu;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Published characteristics of one GPU or compute module, as the planner needs them.
 *
 * <p>Immutable. Every nullable figure is {@code null} exactly when the vendor does not publish
 * it, and then its field name is listed in {@link #unpublished()}; for the per-mode throughput
 * figures the names {@code int8SparseTops}, {@code int8DenseTops} and {@code fp16Tflops} stand
 * for that figure in every mode. Profiles read from files are checked by
 * {@link GpuProfileReader}; the constructor only guards the structural invariants.
 *
 * @param id catalog identifier, lowercase, such as {@code jetson-agx-orin-64gb}
 * @param name full product name
 * @param vendor manufacturer
 * @param formFactor physical form, such as {@code system-on-module} or {@code SXM5 module}
 * @param powerModes power modes, at least one, in the order of the file
 * @param idlePowerW power drawn when idle (W), or {@code null} when unpublished
 * @param memoryGiB memory capacity (GiB)
 * @param memoryBandwidthGBps peak memory bandwidth (GB/s, 10⁹ bytes per second), or
 *     {@code null} when unpublished
 * @param junctionThrottleC junction temperature at which the part starts to throttle (°C), or
 *     {@code null} when unpublished
 * @param junctionShutdownC junction temperature at which the part shuts down (°C), or
 *     {@code null} when unpublished
 * @param junctionToCaseKPerW junction-to-case thermal resistance (K/W), or {@code null} when
 *     unpublished
 * @param massKg mass of the module or card (kg), or {@code null} when unpublished
 * @param sources documents backing the figures
 * @param unpublished names of the fields whose figure the vendor does not publish
 * @param notes free text: caveats, derivations, what the sources leave open
 */
public record GpuProfile(
        String id,
        String name,
        String vendor,
        String formFactor,
        List<PowerMode> powerModes,
        Double idlePowerW,
        double memoryGiB,
        Double memoryBandwidthGBps,
        Double junctionThrottleC,
        Double junctionShutdownC,
        Double junctionToCaseKPerW,
        Double massKg,
        List<Source> sources,
        List<String> unpublished,
        String notes) {

    /**
     * Creates a profile, copying the lists.
     *
     * @param id catalog identifier, lowercase, such as {@code jetson-agx-orin-64gb}
     * @param name full product name
     * @param vendor manufacturer
     * @param formFactor physical form, such as {@code system-on-module} or {@code SXM5 module}
     * @param powerModes power modes, at least one, in the order of the file
     * @param idlePowerW power drawn when idle (W), or {@code null} when unpublished
     * @param memoryGiB memory capacity (GiB)
     * @param memoryBandwidthGBps peak memory bandwidth (GB/s, 10⁹ bytes per second), or
     *     {@code null} when unpublished
     * @param junctionThrottleC junction temperature at which the part starts to throttle (°C), or
     *     {@code null} when unpublished
     * @param junctionShutdownC junction temperature at which the part shuts down (°C), or
     *     {@code null} when unpublished
     * @param junctionToCaseKPerW junction-to-case thermal resistance (K/W), or {@code null} when
     *     unpublished
     * @param massKg mass of the module or card (kg), or {@code null} when unpublished
     * @param sources documents backing the figures
     * @param unpublished names of the fields whose figure the vendor does not publish
     * @param notes free text: caveats, derivations, what the sources leave open
     * @throws NullPointerException if a required component or a list element is {@code null}
     * @throws IllegalArgumentException if there is no power mode or the memory is not positive
     */
    public GpuProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(formFactor, "formFactor");
        Objects.requireNonNull(notes, "notes");
        powerModes = List.copyOf(powerModes);
        sources = List.copyOf(sources);
        unpublished = List.copyOf(unpublished);
        if (powerModes.isEmpty()) {
            throw new IllegalArgumentException(id + ": at least one power mode is required");
        }
        if (!(Double.isFinite(memoryGiB) && memoryGiB > 0.0)) {
            throw new IllegalArgumentException(
                    id + ": memoryGiB must be positive and finite, got " + memoryGiB);
        }
    }

    /**
     * Looks up a power mode by its exact name.
     *
     * @param modeName name of the mode, such as {@code "30W"}
     * @return the mode, or empty when the profile has no mode of that name
     */
    public Optional<PowerMode> mode(String modeName) {
        return powerModes.stream().filter(m -> m.name().equals(modeName)).findFirst();
    }

    /**
     * Returns the mode with the highest power budget; on a tie, the first of them in file order.
     * This is the mode that carries the vendor's published throughput.
     *
     * @return the highest-power mode
     */
    public PowerMode maxMode() {
        PowerMode highest = powerModes.get(0);
        for (PowerMode candidate : powerModes) {
            if (candidate.powerW() > highest.powerW()) {
                highest = candidate;
            }
        }
        return highest;
    }

    /**
     * Returns the highest sparse INT8 throughput over all modes.
     *
     * @return peak INT8 throughput with structured sparsity (TOPS), or {@link Double#NaN} when no
     *     mode has the figure
     */
    public double peakInt8SparseTops() {
        return powerModes.stream()
                .map(PowerMode::int8SparseTops)
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(Double.NaN);
    }
}
