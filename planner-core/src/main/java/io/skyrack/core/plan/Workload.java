package io.skyrack.core.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An inference workload to be placed on GPUs.
 *
 * @param name name, unique in the plan
 * @param model model name (for example "yolov8-sar")
 * @param image container image reference
 * @param memory memory footprint of one replica (byte)
 * @param compute compute demand of one replica (INT8 operations per second; 1 TOPS = 1e12)
 * @param replicas number of replicas, each on a distinct satellite
 * @param latencySlo largest allowed latency from the data source (s)
 * @param source where the input data comes from
 * @param inputDataRate input data rate that must cross crosslinks (bit/s)
 * @param priority priority weight, higher is more important (≥ 1)
 * @param pinnedSatellite satellite every replica must run on, if any
 * @param antiAffinity names of workloads that must not share a satellite with this one
 */
public record Workload(
        String name,
        String model,
        String image,
        long memory,
        double compute,
        int replicas,
        double latencySlo,
        DataSource source,
        double inputDataRate,
        int priority,
        Optional<String> pinnedSatellite,
        List<String> antiAffinity) {

    /** Checks structure and copies the list. */
    public Workload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(pinnedSatellite, "pinnedSatellite");
        antiAffinity = List.copyOf(antiAffinity);
    }

    /**
     * Where a workload's input data originates.
     *
     * @param kind kind of source
     * @param satellite sensor satellite name when {@code kind} is {@link Kind#SATELLITE}, else empty
     */
    public record DataSource(Kind kind, Optional<String> satellite) {

        /** Checks structure. */
        public DataSource {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(satellite, "satellite");
        }

        /** @return data arriving from the ground */
        public static DataSource ground() {
            return new DataSource(Kind.GROUND, Optional.empty());
        }

        /** @return data available on any satellite */
        public static DataSource anySatellite() {
            return new DataSource(Kind.ANY_SATELLITE, Optional.empty());
        }

        /** @param name sensor satellite @return data produced on that satellite */
        public static DataSource satellite(String name) {
            return new DataSource(Kind.SATELLITE, Optional.of(name));
        }

        /** Kinds of data source. */
        public enum Kind {
            /** A named sensor satellite. */
            SATELLITE,
            /** Any satellite (the data is everywhere, e.g. each satellite's own imager). */
            ANY_SATELLITE,
            /** Uplinked from the ground. */
            GROUND
        }
    }
}
