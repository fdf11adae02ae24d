package io.skyrack.core.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skyrack.core.placement.Failure;
import io.skyrack.core.placement.FailureAnalyzer;
import io.skyrack.core.placement.FailureReport;
import io.skyrack.core.placement.PlacementSettings;
import io.skyrack.core.placement.ReplicaMove;
import io.skyrack.core.placement.TimefoldPlacementSolver;
import io.skyrack.core.power.PowerThermal;
import java.util.ArrayList;
import java.util.List;

/**
 * Failure analysis on an analysed plan ({@code skyrack analyze --fail ELEMENT}): takes out a GPU, a TILE, a
 * satellite or a crosslink, re-places incrementally (replicas whose GPU survives stay where they are) and reports
 * the capacity lost and the replicas moved or lost.
 *
 * <p>Elements are written {@code satellite:NAME}, {@code tile:NAME/r1c2}, {@code gpu:NAME/r1c2/g0} or
 * {@code link:A~B}, with the names of {@code placement.json} and {@code links.csv}.
 */
public final class FailureStudy {

    private FailureStudy() {
    }

    /**
     * @param spec an element as written on the command line
     * @param a the analysis it refers to
     * @return the failure
     * @throws IllegalArgumentException with a message naming what is wrong when the element does not exist
     */
    public static Failure parse(String spec, Analysis a) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("'" + spec + "': write satellite:NAME, tile:NAME/r1c2, "
                    + "gpu:NAME/r1c2/g0 or link:A~B");
        }
        String kind = spec.substring(0, colon);
        String id = spec.substring(colon + 1);
        switch (kind) {
            case "satellite":
                if (!a.grid().names().contains(id)) {
                    throw new IllegalArgumentException("'" + spec + "': no satellite " + id + " in the plan");
                }
                return Failure.satellite(id);
            case "tile": {
                int slash = id.lastIndexOf('/');
                String sat = slash < 0 ? id : id.substring(0, slash);
                String label = slash < 0 ? "" : id.substring(slash + 1);
                PowerThermal.SatellitePower sp = a.power().satellites().stream().filter(s -> s.name().equals(sat))
                        .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + spec + "': no satellite "
                                + sat + " with TILEs"));
                for (int t = 0; t < sp.tiles().size(); t++) {
                    if (sp.tiles().get(t).label().equals(label)) {
                        return Failure.tile(sat, t);
                    }
                }
                throw new IllegalArgumentException("'" + spec + "': " + sat + " has no TILE slot '" + label
                        + "'; its slots are " + sp.tiles().stream().map(PowerThermal.TilePower::label).toList());
            }
            case "gpu":
                if (a.placement().problem().gpus().stream().noneMatch(g -> g.id().equals(id))) {
                    throw new IllegalArgumentException("'" + spec + "': no GPU " + id + " holds a power mode (GPU ids "
                            + "look like " + a.placement().problem().gpus().stream().findFirst().map(g -> g.id())
                            .orElse("SATELLITE/r1c1/g0") + "; see placement.json)");
                }
                return Failure.gpu(id);
            case "link":
                if (!a.placement().problem().network().links().contains(id)) {
                    throw new IllegalArgumentException("'" + spec + "': no crosslink " + id + " (links are written "
                            + "A~B with the names of links.csv)");
                }
                return Failure.link(id);
            default:
                throw new IllegalArgumentException("'" + spec + "': unknown element kind '" + kind
                        + "'; use satellite, tile, gpu or link");
        }
    }

    /**
     * @param a the analysis, with its placement
     * @param failures elements to take out, one study each
     * @return one report per failure
     */
    public static List<FailureReport> run(Analysis a, List<Failure> failures) {
        int replicas = a.placement().replicas();
        FailureAnalyzer analyzer = new FailureAnalyzer(new TimefoldPlacementSolver(
                PlacementSettings.reproducible(PlacementStage.SEED, PlacementStage.moves(replicas))));
        List<FailureReport> out = new ArrayList<>();
        for (Failure f : failures) {
            out.add(analyzer.analyze(a.placement().problem(), a.placement().result(), f));
        }
        return out;
    }

    /**
     * @param specs the elements as written
     * @param reports their reports
     * @return {@code failure.json}
     */
    public static String json(List<String> specs, List<FailureReport> reports) {
        ArrayNode root = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < reports.size(); i++) {
            FailureReport r = reports.get(i);
            ObjectNode o = root.addObject();
            o.put("element", specs.get(i));
            ObjectNode lost = o.putObject("capacityLost");
            lost.put("gpus", r.lost().gpus());
            lost.put("memoryGiB", Math.round(r.lost().memory() / (double) (1L << 30) * 1000) / 1000.0);
            lost.put("computeTops", Math.round(r.lost().compute() / 1e12 * 1000) / 1000.0);
            lost.put("powerW", Math.round(r.lost().power() * 100) / 100.0);
            ArrayNode links = lost.putArray("links");
            r.lost().links().forEach(links::add);
            o.put("replicasKept", r.kept());
            ArrayNode moved = o.putArray("replicasMoved");
            for (ReplicaMove m : r.moved()) {
                ObjectNode mo = moved.addObject();
                mo.put("workload", m.workload());
                mo.put("replica", m.replica());
                mo.put("from", m.from());
                if (m.to().isPresent()) {
                    mo.put("to", m.to().get());
                } else {
                    mo.putNull("to");
                }
            }
            ObjectNode after = o.putObject("after");
            after.put("replicasPlaced", r.result().assignments().size());
            after.put("activeGpus", r.result().activeGpus());
            ArrayNode unplaced = after.putArray("unplaced");
            r.result().unplaced().forEach(u -> unplaced.add(u.workload() + "#" + u.replica() + ": " + u.reason()));
        }
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
