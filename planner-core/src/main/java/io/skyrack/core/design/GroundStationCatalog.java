package io.skyrack.core.design;

import io.skyrack.core.plan.GroundStation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Real ground stations the workbench offers to add to a plan: KSAT, SSC, ESA ESTRACK, NASA NEN and DSN and
 * SANSA sites, with the public page each position comes from ({@code ground-stations.csv} in this package's
 * resources; the list and its sources are in docs/design-inputs.md). Immutable.
 */
public final class GroundStationCatalog {

    /** Minimum elevation given to a station taken from the catalog (rad): 10°. */
    public static final double DEFAULT_MIN_ELEVATION = Math.toRadians(10.0);

    /** Downlink rate given to a station taken from the catalog (bit/s): 800 Mbit/s, an X-band class link. */
    public static final double DEFAULT_DOWNLINK_RATE = 800e6;

    private static final String RESOURCE = "ground-stations.csv";

    private static final GroundStationCatalog BUILT_IN = load();

    private final List<Entry> stations;

    private GroundStationCatalog(List<Entry> stations) {
        this.stations = List.copyOf(stations);
    }

    /**
     * One catalogued station.
     *
     * @param name station name, unique in the catalog
     * @param operator who operates it
     * @param network network it belongs to (KSAT, ESTRACK, NEN, DSN, …)
     * @param latitude geodetic latitude (rad)
     * @param longitude longitude (rad, east positive)
     * @param altitude altitude (m)
     * @param source public page the position comes from
     */
    public record Entry(String name, String operator, String network, double latitude, double longitude,
                        double altitude, String source) {

        /** Checks structure. */
        public Entry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(source, "source");
        }

        /** @return the station for a plan, with {@link #DEFAULT_MIN_ELEVATION} and {@link #DEFAULT_DOWNLINK_RATE} */
        public GroundStation toGroundStation() {
            return toGroundStation(DEFAULT_MIN_ELEVATION, DEFAULT_DOWNLINK_RATE);
        }

        /**
         * @param minElevation minimum elevation for a contact (rad)
         * @param downlinkRate downlink data rate (bit/s)
         * @return the station for a plan
         */
        public GroundStation toGroundStation(double minElevation, double downlinkRate) {
            return new GroundStation(name, latitude, longitude, altitude, minElevation, downlinkRate);
        }
    }

    /** @return the stations shipped with Skyrack */
    public static GroundStationCatalog builtIn() {
        return BUILT_IN;
    }

    /** @return the stations, in the order of the file */
    public List<Entry> stations() {
        return stations;
    }

    /**
     * @param name station name
     * @return the station of that name
     */
    public Optional<Entry> find(String name) {
        return stations.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static GroundStationCatalog load() {
        try (InputStream in = GroundStationCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            return new GroundStationCatalog(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the catalog file; a malformed built-in file is a bug, so it throws. */
    static List<Entry> parse(String text) {
        List<Entry> out = new ArrayList<>();
        String[] lines = text.split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(";", 7);
            if (f.length != 7) {
                throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 7 fields (the source last), found " + f.length);
            }
            out.add(new Entry(f[0].strip(), f[1].strip(), f[2].strip(), Math.toRadians(Double.parseDouble(f[3])),
                    Math.toRadians(Double.parseDouble(f[4])), Double.parseDouble(f[5]), f[6].strip()));
        }
        return out;
    }
}
