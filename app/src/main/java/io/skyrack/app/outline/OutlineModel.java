package io.skyrack.app.outline;

import io.skyrack.app.outline.OutlineNode.Kind;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.ExplicitConstellationSpec;
import io.skyrack.core.plan.GroundStation;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.plan.SatelliteRoster;
import io.skyrack.core.plan.SunSynchronousSpec;
import io.skyrack.core.plan.TileSpec;
import io.skyrack.core.plan.TleConstellationSpec;
import io.skyrack.core.plan.WalkerConstellationSpec;
import io.skyrack.core.plan.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the outline tree of a plan (no JavaFX types, so it is tested as plain Java). */
public final class OutlineModel {

    /** Largest number of satellites listed under one constellation; the rest are summarised. */
    public static final int SATELLITE_LIST_LIMIT = 200;

    private OutlineModel() {
    }

    /**
     * @param plan the plan
     * @return the root entry
     */
    public static OutlineNode build(Plan plan) {
        List<OutlineNode> groups = new ArrayList<>();
        List<OutlineNode> cs = new ArrayList<>();
        for (int i = 0; i < plan.constellations().size(); i++) {
            cs.add(constellation(plan.constellations().get(i), "/constellations/" + i));
        }
        groups.add(group("Constellations", "/constellations", cs));
        List<OutlineNode> tiles = new ArrayList<>();
        for (int i = 0; i < plan.tiles().size(); i++) {
            TileSpec t = plan.tiles().get(i);
            tiles.add(leaf(Kind.TILE, t.id() + " — " + t.gpuCount() + " GPU" + (t.gpuCount() == 1 ? "" : "s"),
                    "/tiles/" + i, t));
        }
        groups.add(group("TILEs", "/tiles", tiles));
        List<OutlineNode> stations = new ArrayList<>();
        for (int i = 0; i < plan.groundStations().size(); i++) {
            GroundStation g = plan.groundStations().get(i);
            stations.add(leaf(Kind.STATION, g.name(), "/groundStations/" + i, g));
        }
        groups.add(group("Ground stations", "/groundStations", stations));
        groups.add(leaf(Kind.CROSSLINKS, "Crosslinks — " + plan.crosslinks().rule().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), "/crosslinks", plan.crosslinks()));
        List<OutlineNode> ws = new ArrayList<>();
        for (int i = 0; i < plan.workloads().size(); i++) {
            Workload w = plan.workloads().get(i);
            ws.add(leaf(Kind.WORKLOAD, w.name() + " ×" + w.replicas(), "/workloads/" + i, w));
        }
        groups.add(group("Workloads", "/workloads", ws));
        return new OutlineNode(Kind.PLAN, plan.name(), "", plan, groups);
    }

    private static OutlineNode constellation(Constellation c, String ptr) {
        List<String> names = SatelliteRoster.names(c);
        List<OutlineNode> sats = new ArrayList<>();
        for (int n = 0; n < names.size() && n < SATELLITE_LIST_LIMIT; n++) {
            String sp = c instanceof ExplicitConstellationSpec || c instanceof TleConstellationSpec
                    ? ptr + "/satellites/" + n : ptr;
            sats.add(leaf(Kind.SATELLITE, names.get(n), sp, names.get(n)));
        }
        if (names.size() > SATELLITE_LIST_LIMIT) {
            sats.add(leaf(Kind.MORE, String.format(Locale.ROOT, "… %,d more satellites",
                    names.size() - SATELLITE_LIST_LIMIT), ptr, null));
        }
        return new OutlineNode(Kind.CONSTELLATION, c.id() + " — " + kind(c) + ", " + names.size() + " satellites",
                ptr, c, sats);
    }

    private static String kind(Constellation c) {
        if (c instanceof WalkerConstellationSpec w) {
            return "Walker " + w.pattern().name().toLowerCase(Locale.ROOT);
        } else if (c instanceof SunSynchronousSpec) {
            return "sun-synchronous";
        } else if (c instanceof ExplicitConstellationSpec) {
            return "Keplerian";
        }
        return "TLE";
    }

    private static OutlineNode group(String label, String ptr, List<OutlineNode> children) {
        return new OutlineNode(Kind.GROUP, label + " (" + children.size() + ")", ptr, null, children);
    }

    private static OutlineNode leaf(Kind kind, String label, String ptr, Object payload) {
        return new OutlineNode(kind, label, ptr, payload, List.of());
    }
}
