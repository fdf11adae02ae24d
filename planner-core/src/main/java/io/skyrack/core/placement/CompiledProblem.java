package io.skyrack.core.placement;

import io.skyrack.core.placement.PlacementProblem.IdleGpuPower;
import io.skyrack.core.plan.Workload.DataSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A {@link PlacementProblem} turned into solver facts: integer units, indices instead of names, route
 * tables per data source and anti-affinity made symmetric.
 */
final class CompiledProblem {

    final PlacementProblem problem;
    final List<SatelliteNode> satellites;
    final List<GpuNode> gpus;
    final List<LinkNode> links;
    final List<WorkloadNode> workloads;
    final Map<String, GpuNode> gpuById;
    final Map<String, WorkloadNode> workloadByName;

    CompiledProblem(PlacementProblem problem) {
        this.problem = problem;
        boolean idling = problem.idleGpus() == IdleGpuPower.IDLING;
        double[] idle = new double[problem.satellites().size()];
        if (idling) {
            for (GpuSlot g : problem.gpus()) {
                idle[g.satellite()] += g.idlePower();
            }
        }
        List<SatelliteNode> sats = new ArrayList<>();
        Map<String, Integer> satIndex = new HashMap<>();
        for (int s = 0; s < problem.satellites().size(); s++) {
            SatelliteBudget b = problem.satellites().get(s);
            long budget = PlacementUnits.powerBudget(b.computePower());
            long base = idling ? PlacementUnits.powerDemand(idle[s]) : 0;
            sats.add(new SatelliteNode(s, b.name(), budget == PlacementUnits.UNLIMITED ? budget : budget - base));
            satIndex.put(b.name(), s);
        }
        satellites = List.copyOf(sats);

        List<GpuNode> gs = new ArrayList<>();
        gpuById = new HashMap<>();
        for (GpuSlot slot : problem.gpus()) {
            double increment = idling ? slot.power() - slot.idlePower() : slot.power();
            GpuNode g = new GpuNode(gs.size(), slot, satellites.get(slot.satellite()),
                    PlacementUnits.powerDemand(increment));
            gs.add(g);
            gpuById.put(slot.id(), g);
        }
        gpus = List.copyOf(gs);

        List<LinkNode> ls = new ArrayList<>();
        Map<String, LinkNode> linkById = new HashMap<>();
        for (String id : problem.network().links()) {
            LinkNode l = new LinkNode(ls.size(), id, PlacementUnits.rateCapacity(problem.network().linkCapacity(id)));
            ls.add(l);
            linkById.put(id, l);
        }
        links = List.copyOf(ls);

        Map<String, Integer> wIndex = new HashMap<>();
        for (int w = 0; w < problem.workloads().size(); w++) {
            wIndex.put(problem.workloads().get(w).name(), w);
        }
        List<TreeSet<Integer>> avoid = new ArrayList<>();
        for (int w = 0; w < problem.workloads().size(); w++) {
            avoid.add(new TreeSet<>());
        }
        for (int w = 0; w < problem.workloads().size(); w++) {
            for (String other : problem.workloads().get(w).antiAffinity()) {
                Integer o = wIndex.get(other);
                if (o != null && o != w) {
                    avoid.get(w).add(o);
                    avoid.get(o).add(w);
                }
            }
        }
        Map<DataSource, SourceRoutes> sources = new HashMap<>();
        List<WorkloadNode> ws = new ArrayList<>();
        workloadByName = new HashMap<>();
        for (int w = 0; w < problem.workloads().size(); w++) {
            PlacementWorkload spec = problem.workloads().get(w);
            int pinned = spec.pinnedSatellite().map(n -> satIndex.getOrDefault(n, WorkloadNode.PINNED_TO_UNKNOWN))
                    .orElse(WorkloadNode.NOT_PINNED);
            SourceRoutes routes = sources.computeIfAbsent(spec.source(),
                    src -> new SourceRoutes(src, problem.network(), satellites, linkById));
            WorkloadNode node = new WorkloadNode(w, spec, pinned, routes,
                    avoid.get(w).stream().mapToInt(Integer::intValue).toArray());
            ws.add(node);
            workloadByName.put(spec.name(), node);
        }
        workloads = List.copyOf(ws);
    }

    /** @return the number of replicas over all workloads */
    int replicaCount() {
        return workloads.stream().mapToInt(w -> w.spec.replicas()).sum();
    }
}
