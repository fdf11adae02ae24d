package io.skyrack.core.network;

import io.skyrack.core.network.SatellitePair.Origin;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.CrosslinkPolicy;
import io.skyrack.core.plan.CrosslinkPolicy.LinkPair;
import io.skyrack.core.plan.CrosslinkPolicy.TopologyRule;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.OpticalTerminalSpec;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.plan.SatelliteRoster.Entry;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.WalkerConstellationSpec.WalkerPattern;
import io.skyrack.core.validation.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The candidate pairs that do not depend on geometry: the +Grid of each constellation and the policy's manual
 * pairs, after the terminal-count limit.
 *
 * <p><b>+Grid.</b> Walker: each satellite links to the previous and next slot of its plane (wrapping) and to
 * the same slot of the planes on either side. Orekit's {@code WalkerConstellation} gives plane {@code p}, slot
 * {@code s} the argument of latitude {@code 2π (s/S + F p/T)}, so a plane {@code P} would coincide with plane 0
 * shifted by {@code F} slots: across a delta's seam, satellite {@code (P−1, s)} links to
 * {@code (0, (s + F) mod S)}. A Walker star has no links across its seam (planes {@code P−1} and 0
 * counter-rotate), so its two seam planes have degree 3. A sun-synchronous plane is a ring (degree 2). Explicit
 * and TLE constellations have no planes or slots, so +Grid is not defined for them: they get no +Grid links and
 * a warning. +Grid never links satellites of different constellations. Pairs that coincide (two satellites per
 * plane, two planes) are kept once.
 *
 * <p><b>Terminal limit.</b> A satellite with no terminals has no links; otherwise a satellite never has more
 * fixed links than terminals. Pairs are accepted in priority order while both ends have a free terminal:
 * manual pairs (in the order listed), then in-plane +Grid links, then cross-plane +Grid links, so that with
 * two or three terminals the planes stay connected rings. Dropped pairs are reported.
 */
public final class CrosslinkTopology {

    private final List<Entry> satellites;
    private final List<OpticalTerminalSpec> terminals;
    private final List<SatellitePair> pairs;
    private final int[] freeTerminals;
    private final List<Finding> findings;

    private CrosslinkTopology(List<Entry> satellites, List<OpticalTerminalSpec> terminals, List<SatellitePair> pairs,
                              int[] freeTerminals, List<Finding> findings) {
        this.satellites = List.copyOf(satellites);
        this.terminals = List.copyOf(terminals);
        this.pairs = List.copyOf(pairs);
        this.freeTerminals = freeTerminals;
        this.findings = List.copyOf(findings);
    }

    /**
     * @param plan a plan without validation errors
     * @return its fixed candidate pairs: +Grid and manual for {@link TopologyRule#PLUS_GRID}, manual only for
     *         the other rules
     */
    public static CrosslinkTopology of(Plan plan) {
        List<Entry> roster = SatelliteRoster.entries(plan);
        List<OpticalTerminalSpec> terms = new ArrayList<>();
        for (Entry e : roster) {
            terms.add(plan.constellations().get(e.constellationIndex()).template().terminals());
        }
        Builder b = new Builder(plan, roster, terms);
        b.noTerminalFindings();
        b.manualPairs();
        if (plan.crosslinks().rule() == TopologyRule.PLUS_GRID) {
            b.plusGrid();
        }
        return b.build();
    }

    /** @return every satellite of the plan, in roster order */
    public List<Entry> satellites() {
        return satellites;
    }

    /**
     * @param satellite satellite index
     * @return the satellite's optical terminals
     */
    public OpticalTerminalSpec terminals(int satellite) {
        return terminals.get(satellite);
    }

    /** @return the accepted fixed pairs, ordered by first then second satellite */
    public List<SatellitePair> pairs() {
        return pairs;
    }

    /**
     * @param satellite satellite index
     * @return terminals not taken by fixed pairs (what nearest-k may still use)
     */
    public int freeTerminals(int satellite) {
        return freeTerminals[satellite];
    }

    /** @return engineering notes about the topology (undefined +Grid, dropped pairs, no terminals) */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * @param satellite satellite index
     * @return the number of fixed pairs the satellite belongs to
     */
    public int degree(int satellite) {
        int d = 0;
        for (SatellitePair p : pairs) {
            if (p.involves(satellite)) {
                d++;
            }
        }
        return d;
    }

    /** Collects candidates in priority order, then applies the terminal limit. */
    private static final class Builder {

        private final Plan plan;
        private final List<Entry> roster;
        private final List<OpticalTerminalSpec> terms;
        private final List<Finding> findings = new ArrayList<>();
        /** Candidates in priority order: key → origin; the first origin of a pair wins. */
        private final Map<Long, Origin> origins = new HashMap<>();
        private final Set<Long> order = new LinkedHashSet<>();
        /** Manual pair index of each manual candidate, for reporting. */
        private final Map<Long, Integer> manualIndex = new HashMap<>();

        Builder(Plan plan, List<Entry> roster, List<OpticalTerminalSpec> terms) {
            this.plan = plan;
            this.roster = roster;
            this.terms = terms;
        }

        void noTerminalFindings() {
            for (int ci = 0; ci < plan.constellations().size(); ci++) {
                Constellation c = plan.constellations().get(ci);
                if (c.satelliteCount() > 0 && c.template().terminals().count() <= 0) {
                    findings.add(Finding.info("/constellations/" + ci + "/template/terminals/count",
                            "link.no-terminals", "the satellites of '" + c.id()
                                    + "' carry no optical terminals, so they have no crosslinks"));
                }
            }
        }

        void manualPairs() {
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < roster.size(); i++) {
                index.put(roster.get(i).name(), i);
            }
            List<LinkPair> manual = plan.crosslinks().manualPairs();
            for (int k = 0; k < manual.size(); k++) {
                Integer a = index.get(manual.get(k).satelliteA());
                Integer b = index.get(manual.get(k).satelliteB());
                if (a == null || b == null || a.equals(b)) {
                    findings.add(Finding.warning("/crosslinks/manualPairs/" + k, "link.manual-ignored",
                            "the manual pair " + manual.get(k).satelliteA() + " – " + manual.get(k).satelliteB()
                                    + " does not name two different satellites of the plan, so it is ignored"));
                    continue;
                }
                long key = add(a, b, Origin.MANUAL);
                manualIndex.putIfAbsent(key, k);
            }
        }

        void plusGrid() {
            List<long[]> inPlane = new ArrayList<>();
            List<long[]> crossPlane = new ArrayList<>();
            int base = 0;
            int linked = 0;
            for (int ci = 0; ci < plan.constellations().size(); ci++) {
                Constellation c = plan.constellations().get(ci);
                int n = c.satelliteCount();
                if (c instanceof WalkerConstellationSpec w && n > 0) {
                    walker(w, base, inPlane, crossPlane);
                } else if (c instanceof SunSynchronousSpec && n > 0) {
                    ring(base, n, inPlane);
                } else if ((c instanceof ExplicitConstellationSpec || c instanceof TleConstellationSpec) && n > 0) {
                    String kind = c instanceof ExplicitConstellationSpec ? "explicit" : "TLE";
                    findings.add(Finding.warning("/constellations/" + ci, "link.plus-grid-undefined",
                            "+Grid is not defined for the " + kind + " constellation '" + c.id() + "' (its "
                                    + "satellites have no planes and slots), so it has no +Grid links; use the "
                                    + "nearest-k rule or manual pairs to link it"));
                }
                if (n > 0 && c.template().terminals().count() > 0) {
                    linked++;
                }
                base += n;
            }
            for (long[] p : inPlane) {
                add((int) p[0], (int) p[1], Origin.PLUS_GRID_IN_PLANE);
            }
            for (long[] p : crossPlane) {
                add((int) p[0], (int) p[1], Origin.PLUS_GRID_CROSS_PLANE);
            }
            if (linked > 1) {
                findings.add(Finding.info("/crosslinks/rule", "link.plus-grid-per-constellation",
                        "+Grid links satellites within each constellation only: no +Grid link joins two of the "
                                + linked + " constellations (add manual pairs to join them)"));
            }
        }

        private static void walker(WalkerConstellationSpec w, int base, List<long[]> inPlane, List<long[]> cross) {
            int planes = w.planes();
            int slots = w.satellitesPerPlane();
            for (int p = 0; p < planes; p++) {
                ring(base + p * slots, slots, inPlane);
            }
            for (int p = 0; p + 1 < planes; p++) {
                for (int s = 0; s < slots; s++) {
                    cross.add(new long[] {base + p * slots + s, base + (p + 1) * slots + s});
                }
            }
            if (w.pattern() == WalkerPattern.DELTA && planes > 1) {
                int shift = Math.floorMod(w.phasing(), slots);
                for (int s = 0; s < slots; s++) {
                    cross.add(new long[] {base + (planes - 1) * slots + s, base + (s + shift) % slots});
                }
            }
        }

        private static void ring(int first, int count, List<long[]> out) {
            for (int s = 0; s + 1 < count; s++) {
                out.add(new long[] {first + s, first + s + 1});
            }
            if (count > 2) {
                out.add(new long[] {first + count - 1, first});
            }
        }

        private long add(int i, int j, Origin origin) {
            long key = PairsWithinRange.encode(Math.min(i, j), Math.max(i, j));
            if (i != j && origins.putIfAbsent(key, origin) == null) {
                order.add(key);
            }
            return key;
        }

        CrosslinkTopology build() {
            int n = roster.size();
            int[] free = new int[n];
            for (int i = 0; i < n; i++) {
                free[i] = Math.max(0, terms.get(i).count());
            }
            List<SatellitePair> accepted = new ArrayList<>();
            int[] droppedPerConstellation = new int[plan.constellations().size()];
            CrosslinkPolicy policy = plan.crosslinks();
            for (long key : order) {
                int a = PairsWithinRange.first(key);
                int b = PairsWithinRange.second(key);
                Origin origin = origins.get(key);
                if (free[a] > 0 && free[b] > 0) {
                    free[a]--;
                    free[b]--;
                    accepted.add(new SatellitePair(a, b, roster.get(a).name(), roster.get(b).name(), origin,
                            PairLinkModel.of(terms.get(a), terms.get(b), policy.maxRange())));
                } else if (origin == Origin.MANUAL) {
                    int full = free[a] > 0 ? b : a;
                    findings.add(Finding.warning("/crosslinks/manualPairs/" + manualIndex.get(key),
                            "link.terminal-limit", "the manual pair " + roster.get(a).name() + " – "
                                    + roster.get(b).name() + " is dropped: " + roster.get(full).name()
                                    + (terms.get(full).count() <= 0 ? " carries no optical terminals"
                                    : " has no free terminal")));
                } else if (terms.get(a).count() > 0 && terms.get(b).count() > 0) {
                    droppedPerConstellation[roster.get(a).constellationIndex()]++;
                }
            }
            for (int ci = 0; ci < droppedPerConstellation.length; ci++) {
                if (droppedPerConstellation[ci] > 0) {
                    Constellation c = plan.constellations().get(ci);
                    findings.add(Finding.warning("/constellations/" + ci + "/template/terminals/count",
                            "link.terminal-limit", String.format(Locale.ROOT, "%d +Grid links of '%s' are dropped "
                                    + "because its satellites carry %d terminals (in-plane links are kept first)",
                                    droppedPerConstellation[ci], c.id(), c.template().terminals().count())));
                }
            }
            budgetFindings();
            if (accepted.isEmpty() && policy.rule() != TopologyRule.NEAREST_K && n > 1) {
                findings.add(Finding.warning("/crosslinks/rule", "link.none",
                        "the crosslink rule yields no links between the plan's satellites"));
            }
            accepted.sort(Comparator.comparingInt(SatellitePair::a).thenComparingInt(SatellitePair::b));
            return new CrosslinkTopology(roster, terms, accepted, free, findings);
        }

        /** Notes budgets that close short of the terminals' range. */
        private void budgetFindings() {
            for (int ci = 0; ci < plan.constellations().size(); ci++) {
                Constellation c = plan.constellations().get(ci);
                OpticalTerminalSpec t = c.template().terminals();
                if (c.satelliteCount() == 0 || t.count() <= 0) {
                    continue;
                }
                PairLinkModel self = PairLinkModel.of(t, t, Double.POSITIVE_INFINITY);
                double reach = Math.min(t.maxRange(), plan.crosslinks().maxRange());
                if (self.hasBudget() && self.maxRange() < reach) {
                    findings.add(Finding.warning("/constellations/" + ci + "/template/terminals/model",
                            "link.budget-range", String.format(Locale.ROOT, "the link budget of '%s' closes only "
                                    + "out to %.0f km, short of the %.0f km the terminals and the policy allow",
                                    c.id(), self.maxRange() / 1e3, reach / 1e3)));
                }
            }
        }
    }
}
