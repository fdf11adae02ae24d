package io.skyrack.core.analysis;

import io.skyrack.core.contacts.Contacts;
import io.skyrack.core.network.CrosslinkSchedule;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.placement.GpuSlot;
import io.skyrack.core.placement.PlacementProblem;
import io.skyrack.core.placement.PlacementResult;
import io.skyrack.core.placement.PlacementSettings;
import io.skyrack.core.placement.PlacementWorkload;
import io.skyrack.core.placement.SatelliteBudget;
import io.skyrack.core.placement.TimefoldPlacementSolver;
import io.skyrack.core.plan.AnalysisAssumptions.CapacityBasis;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.power.PowerThermal;
import io.skyrack.core.power.SustainedCapacity;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import io.skyrack.thermal.TileThermalResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the placement problem from an analysis and solves it: each GPU offered at its sustained mode (from the
 * power and thermal budget, on the plan's capacity basis), each satellite's compute power budget, the plan's
 * workloads, and the network as {@link RoutingNetworkView}. The solve is reproducible: a fixed seed and a move
 * limit rather than a time limit, so the same plan gives the same placement on any machine.
 */
final class PlacementStage {

    /** Random seed of the placement search. */
    static final long SEED = 20_261_128L;

    private PlacementStage() {
    }

    /**
     * @param replicas replicas to place
     * @return moves the local search evaluates: enough to settle small plans, bounded for large ones
     */
    static long moves(int replicas) {
        return Math.min(20_000L, 2_000L + 100L * replicas);
    }

    static PlacementOutcome run(Plan plan, EphemerisGrid grid, PowerThermal power, CrosslinkSchedule schedule,
                                Contacts contacts, GpuCatalog catalog, List<Finding> findings) {
        List<SustainedCapacity.Gpu> all = SustainedCapacity.of(plan, power, catalog);
        Map<String, SustainedCapacity.Gpu> byId = new LinkedHashMap<>();
        List<GpuSlot> gpus = new ArrayList<>();
        Map<String, Integer> satIndex = new HashMap<>();
        List<SatelliteBudget> sats = new ArrayList<>();
        Map<String, Integer> tileIndex = new HashMap<>();
        for (PowerThermal.SatellitePower sp : power.satellites()) {
            satIndex.put(sp.name(), sats.size());
            sats.add(new SatelliteBudget(sp.name(), computeBudget(sp, plan.assumptions().capacityBasis())));
            for (int t = 0; t < sp.tiles().size(); t++) {
                tileIndex.put(sp.name() + "/" + sp.tiles().get(t).label(), t);
            }
        }
        for (SustainedCapacity.Gpu g : all) {
            if (g.mode().isEmpty() || g.int8Tops() <= 0 || !satIndex.containsKey(g.satelliteName())) {
                continue;
            }
            String id = g.satelliteName() + "/" + g.tile() + "/g" + g.gpu();
            int tile = tileIndex.get(g.satelliteName() + "/" + g.tile());
            double headroom = Double.isNaN(g.junctionMarginK()) ? Double.POSITIVE_INFINITY
                    : Math.max(0.0, g.junctionMarginK());
            gpus.add(new GpuSlot(id, satIndex.get(g.satelliteName()), tile, g.gpu(), g.profileId(), g.memoryBytes(),
                    g.int8Tops() * 1e12, g.powerW(), g.idleW(), headroom));
            byId.put(id, g);
        }
        List<PlacementWorkload> workloads = plan.workloads().stream().map(PlacementWorkload::from).toList();
        RoutingNetworkView network = new RoutingNetworkView(grid, schedule, contacts, plan.crosslinks().perHopDelay());
        PlacementProblem problem = PlacementProblem.of(gpus, sats, workloads, network);
        int replicas = workloads.stream().mapToInt(PlacementWorkload::replicas).sum();
        PlacementResult result = new TimefoldPlacementSolver(PlacementSettings.reproducible(SEED, moves(replicas)))
                .solve(problem);
        PlacementOutcome outcome = new PlacementOutcome(problem, result, byId);
        for (String line : outcome.unplacedSummary()) {
            String name = line.substring(0, line.indexOf(':'));
            int wi = 0;
            for (int i = 0; i < plan.workloads().size(); i++) {
                if (plan.workloads().get(i).name().equals(name)) {
                    wi = i;
                }
            }
            findings.add(Finding.warning("/workloads/" + wi, "placement.unplaced", line));
        }
        if (!workloads.isEmpty() && gpus.isEmpty()) {
            findings.add(Finding.warning("/workloads", "placement.no-gpus", "no GPU holds a power mode through the "
                    + "orbit (" + plan.assumptions().capacityBasis().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    + " basis), so no workload can be placed; see the power and thermal findings"));
        }
        return outcome;
    }

    /** Power the satellite's GPUs received over the orbit: the minimum or the average of the GPU power. */
    static double computeBudget(PowerThermal.SatellitePower sp, CapacityBasis basis) {
        double total = 0;
        for (PowerThermal.TilePower tp : sp.tiles()) {
            TileThermalResult r = tp.result();
            int n = r.samples();
            if (!r.solved() || n == 0) {
                continue;
            }
            double v = basis == CapacityBasis.ORBIT_MINIMUM ? Double.POSITIVE_INFINITY : 0.0;
            for (int k = 0; k < n; k++) {
                double w = r.computeW(k);
                v = basis == CapacityBasis.ORBIT_MINIMUM ? Math.min(v, w) : v + w / n;
            }
            total += v;
        }
        return total;
    }
}
