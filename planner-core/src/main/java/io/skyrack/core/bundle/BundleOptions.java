package io.skyrack.core.bundle;

import java.security.PrivateKey;
import java.util.Objects;
import java.util.Optional;

/**
 * How to write a bundle.
 *
 * @param ephemerisStep time between OEM and CZML samples (s), a multiple of the plan step; NaN for the default
 *        ({@link #defaultEphemerisStep})
 * @param routingInterval time between routing-table slices (s); rounded to a multiple of the plan step
 * @param yaml whether to write {@code cluster.yaml} besides {@code cluster.json}
 * @param overwrite whether a non-empty output folder may be replaced
 * @param signingKey the Ed25519 key that signs the manifest, if any
 */
public record BundleOptions(double ephemerisStep, double routingInterval, boolean yaml, boolean overwrite,
                            Optional<PrivateKey> signingKey) {

    /** Default time between routing-table slices (s). */
    public static final double DEFAULT_ROUTING_INTERVAL = 600.0;
    /**
     * The default ephemeris step is the smallest multiple of the plan step at least this long (s). Interpolating
     * an OEM sampled at 120 s reproduces LEO states to 0.05 mm (Orekit, degree 7), and halves the bundle against
     * 60 s: 1,584 satellites over a day take about 120 MB of OEM instead of 240 MB.
     */
    public static final double MIN_DEFAULT_EPHEMERIS_STEP = 120.0;

    /** Checks structure. */
    public BundleOptions {
        Objects.requireNonNull(signingKey, "signingKey");
    }

    /** @return default options: default steps, no YAML, no overwrite, unsigned */
    public static BundleOptions defaults() {
        return new BundleOptions(Double.NaN, DEFAULT_ROUTING_INTERVAL, false, false, Optional.empty());
    }

    /** @param seconds ephemeris step (s) @return a copy with another ephemeris step */
    public BundleOptions withEphemerisStep(double seconds) {
        return new BundleOptions(seconds, routingInterval, yaml, overwrite, signingKey);
    }

    /** @param seconds routing interval (s) @return a copy with another routing interval */
    public BundleOptions withRoutingInterval(double seconds) {
        return new BundleOptions(ephemerisStep, seconds, yaml, overwrite, signingKey);
    }

    /** @param on whether to write cluster.yaml @return a copy */
    public BundleOptions withYaml(boolean on) {
        return new BundleOptions(ephemerisStep, routingInterval, on, overwrite, signingKey);
    }

    /** @param on whether a non-empty folder may be replaced @return a copy */
    public BundleOptions withOverwrite(boolean on) {
        return new BundleOptions(ephemerisStep, routingInterval, yaml, on, signingKey);
    }

    /** @param key signing key @return a copy that signs with the key */
    public BundleOptions withSigningKey(PrivateKey key) {
        return new BundleOptions(ephemerisStep, routingInterval, yaml, overwrite, Optional.of(key));
    }

    /**
     * @param planStep the plan's step (s)
     * @return the smallest multiple of the plan step that is at least {@link #MIN_DEFAULT_EPHEMERIS_STEP} (s)
     */
    public static double defaultEphemerisStep(double planStep) {
        return planStep * Math.max(1, Math.ceil(MIN_DEFAULT_EPHEMERIS_STEP / planStep - 1e-9));
    }
}
