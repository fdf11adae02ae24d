package io.skyrack.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Names the satellites a constellation produces, in a fixed order that every engine shares.
 *
 * <p>Walker: {@code <id>-P<plane>-S<slot>}; sun-synchronous: {@code <id>-<n>}; explicit and TLE sets: the
 * names given. Numbers are 1-based and zero-padded to the width of the largest.
 */
public final class SatelliteRoster {

    private SatelliteRoster() {
    }

    /**
     * A satellite's place in a plan.
     *
     * @param name unique name
     * @param constellationIndex index of its constellation in the plan
     * @param plane 0-based orbital plane index within its constellation (0 when not applicable)
     * @param slot 0-based index within the plane
     */
    public record Entry(String name, int constellationIndex, int plane, int slot) {
    }

    /**
     * @param c constellation
     * @return the names of its satellites, in order
     */
    public static List<String> names(Constellation c) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries(c, 0)) {
            out.add(e.name());
        }
        return out;
    }

    /**
     * @param plan the plan
     * @return every satellite in plan order
     */
    public static List<Entry> entries(Plan plan) {
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < plan.constellations().size(); i++) {
            out.addAll(entries(plan.constellations().get(i), i));
        }
        return out;
    }

    private static List<Entry> entries(Constellation c, int index) {
        List<Entry> out = new ArrayList<>();
        if (c instanceof WalkerConstellationSpec w) {
            if (w.satelliteCount() == 0) {
                return out;
            }
            String pf = "%0" + digits(w.planes()) + "d";
            String sf = "%0" + digits(w.satellitesPerPlane()) + "d";
            for (int p = 0; p < w.planes(); p++) {
                for (int s = 0; s < w.satellitesPerPlane(); s++) {
                    out.add(new Entry(w.id() + "-P" + String.format(Locale.ROOT, pf, p + 1) + "-S"
                            + String.format(Locale.ROOT, sf, s + 1), index, p, s));
                }
            }
        } else if (c instanceof SunSynchronousSpec s) {
            String f = "%0" + digits(s.satellites()) + "d";
            for (int n = 0; n < s.satellites(); n++) {
                out.add(new Entry(s.id() + "-" + String.format(Locale.ROOT, f, n + 1), index, 0, n));
            }
        } else if (c instanceof ExplicitConstellationSpec e) {
            for (int n = 0; n < e.satellites().size(); n++) {
                out.add(new Entry(e.satellites().get(n).name(), index, 0, n));
            }
        } else if (c instanceof TleConstellationSpec t) {
            for (int n = 0; n < t.satellites().size(); n++) {
                out.add(new Entry(t.satellites().get(n).name(), index, 0, n));
            }
        }
        return out;
    }

    private static int digits(int n) {
        return Math.max(2, Integer.toString(Math.max(1, n)).length());
    }
}
