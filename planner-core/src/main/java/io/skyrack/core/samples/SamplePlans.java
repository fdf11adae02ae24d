package io.skyrack.core.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The built-in sample plans, shipped as classpath resources named {@code <name>.skyrack.json}. */
public final class SamplePlans {

    /** The plan the workbench opens when started without one. */
    public static final String DEFAULT = "kepler-edge";

    /** Every sample, the default first. */
    public static final List<String> NAMES =
            List.of("kepler-edge", "sophia-tile-demo", "starcloud-h100", "suncatcher-cluster", "walker-1584");

    private static final String FOLDER = "io/skyrack/core/samples/";

    private SamplePlans() {
    }

    /**
     * @param name sample name
     * @return the sample's file text
     * @throws IllegalArgumentException when there is no such sample
     */
    public static String text(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no sample plan named '" + name + "'; samples: " + String.join(", ", NAMES));
        }
        try (InputStream in = SamplePlans.class.getClassLoader().getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new IllegalStateException("sample resource missing: " + resource(name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param name sample name
     * @return the classpath resource path
     */
    public static String resource(String name) {
        return FOLDER + name + ".skyrack.json";
    }
}
