package io.skyrack.gpu;

import java.util.List;

/**
 * The JSON shape of a profile file, as Jackson reads it before validation.
 *
 * <p>Kept apart from {@link GpuProfile} so that a file with many problems can be read whole and
 * all of them reported, instead of stopping at the first constructor check. Every key is
 * required; an unpublished figure is written as {@code null}, never left out.
 */
record ProfileDocument(
        int formatVersion,
        String id,
        String name,
        String vendor,
        String formFactor,
        List<Mode> powerModes,
        Double idlePowerW,
        double memoryGiB,
        Double memoryBandwidthGBps,
        Double junctionThrottleC,
        Double junctionShutdownC,
        Double junctionToCaseKPerW,
        Double massKg,
        List<Reference> sources,
        List<String> unpublished,
        String notes) {

    /** One entry of {@code powerModes}; units as in {@link PowerMode}. */
    record Mode(
            String name,
            double powerW,
            Double int8SparseTops,
            Double int8DenseTops,
            Double fp16Tflops,
            boolean throughputDerived) {

        PowerMode toPowerMode() {
            return new PowerMode(name, powerW, int8SparseTops, int8DenseTops, fp16Tflops,
                    throughputDerived);
        }
    }

    /** One entry of {@code sources}. */
    record Reference(String title, String url, String covers) {

        Source toSource() {
            return new Source(title, url, covers);
        }
    }

    /** Builds the profile; call only on a document the validator found no problem in. */
    GpuProfile toProfile() {
        return new GpuProfile(id, name, vendor, formFactor,
                powerModes.stream().map(Mode::toPowerMode).toList(),
                idlePowerW, memoryGiB, memoryBandwidthGBps,
                junctionThrottleC, junctionShutdownC, junctionToCaseKPerW, massKg,
                sources.stream().map(Reference::toSource).toList(),
                unpublished, notes);
    }
}
