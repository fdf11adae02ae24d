package io.skyrack.core.contacts;

import java.util.BitSet;
import java.util.List;

/**
 * Ground contacts over the analysis window.
 *
 * @param passes every pass, by satellite, then station, then rise time
 * @param visible per station, a bit per grid sample (index like the grid) set while the satellite is above
 *        the station's minimum elevation
 * @param stations the stations' geometry, in plan order
 * @param windowSeconds length of the analysis window (s)
 */
public record Contacts(List<Contact> passes, List<BitSet> visible, List<StationGeometry> stations,
                       double windowSeconds) {

    /**
     * @param station station index
     * @return minutes of contact per day at that station, summed over satellites
     */
    public double minutesPerDay(int station) {
        double total = passes.stream().filter(c -> c.station() == station).mapToDouble(Contact::duration).sum();
        return windowSeconds > 0 ? total / 60.0 / (windowSeconds / 86_400.0) : 0;
    }

    /**
     * @param station station index
     * @return data volume per day that can be downlinked at that station (bit)
     */
    public double volumePerDay(int station) {
        double total = passes.stream().filter(c -> c.station() == station).mapToDouble(Contact::volume).sum();
        return windowSeconds > 0 ? total / (windowSeconds / 86_400.0) : 0;
    }
}
