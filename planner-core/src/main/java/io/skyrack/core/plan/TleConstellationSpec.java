package io.skyrack.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * Satellites given by two-line element sets, propagated with SGP4/SDP4.
 *
 * @param id identifier
 * @param name display name
 * @param satellites the element sets, each with the satellite's name
 * @param template satellite template
 */
public record TleConstellationSpec(
        String id,
        String name,
        List<TleEntry> satellites,
        SatelliteTemplate template) implements Constellation {

    /** Checks structure and copies the list. */
    public TleConstellationSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(template, "template");
        satellites = List.copyOf(satellites);
    }

    @Override
    public int satelliteCount() {
        return satellites.size();
    }

    @Override
    public TleConstellationSpec withTemplate(SatelliteTemplate newTemplate) {
        return new TleConstellationSpec(id, name, satellites, newTemplate);
    }

    /**
     * One two-line element set.
     *
     * @param name satellite name (the "line 0" of a three-line set), unique in the plan
     * @param line1 TLE line 1 (69 characters)
     * @param line2 TLE line 2 (69 characters)
     */
    public record TleEntry(String name, String line1, String line2) {

        /** Checks structure. */
        public TleEntry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(line1, "line1");
            Objects.requireNonNull(line2, "line2");
        }
    }
}
