package io.skyrack.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code ./skyrack bench [GROUP…]}: runs every benchmark, or those of the named groups. */
public final class BenchMain {

    private BenchMain() {
    }

    /** @return every benchmark, in run order */
    static List<BenchGroup> all() {
        List<BenchGroup> list = new ArrayList<>();
        list.add(new EphemerisGridBench());
        list.add(new CrosslinkCandidatesBench());
        list.add(new EclipseBench());
        list.add(new ThermalBench());
        list.add(new PlacementBench());
        list.add(new RenderBench());
        return list;
    }

    /**
     * @param args group names; none runs everything
     */
    public static void main(String[] args) {
        Set<String> known = new LinkedHashSet<>();
        for (BenchGroup g : all()) {
            known.add(g.group());
        }
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                System.out.println("Usage: skyrack bench [GROUP...]   groups: " + String.join(", ", known));
                return;
            }
            if (!known.contains(a)) {
                System.err.println("skyrack bench: unknown group '" + a + "'; groups: " + String.join(", ", known));
                System.exit(2);
            }
        }
        BenchReporter out = new BenchReporter(System.out);
        int failures = 0;
        for (BenchGroup g : all()) {
            if (args.length > 0 && !List.of(args).contains(g.group())) {
                continue;
            }
            try {
                g.run(out);
            } catch (Exception e) {
                failures++;
                System.err.println("skyrack bench: " + g.getClass().getSimpleName() + " failed: " + e);
                e.printStackTrace();
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
