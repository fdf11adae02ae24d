package io.skyrack.core.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class GpuEvacuationMoveFactoryTest {

    @SuppressWarnings("unchecked")
    private static ScoreDirector<PlacementSolution> director(PlacementSolution s) {
        return (ScoreDirector<PlacementSolution>) Proxy.newProxyInstance(ScoreDirector.class.getClassLoader(),
                new Class<?>[] {ScoreDirector.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getWorkingSolution")) {
                        return s;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * In original order the factory offers one move per active GPU, emptiest first, moving all its replicas to
     * other active GPUs with room: three half-filled GPUs (one 40 GiB replica each on 64 GiB) cannot take each
     * other's replica, two small ones can consolidate.
     */
    @Test
    void originalOrderEmptiesEachActiveGpuInTurnWhereTheOthersHaveRoom() {
        PlacementProblem problem = PlacementFixtures.line(List.of(PlacementFixtures.workload("big", 40, 10),
                PlacementFixtures.workload("small", 8, 10)));
        CompiledProblem p = new CompiledProblem(problem);
        List<ReplicaAssignment> replicas = new ArrayList<>(List.of(
                PlacementFixtures.replica(p, 0, "big", 0, "sat-0/g0"),
                PlacementFixtures.replica(p, 1, "small", 0, "sat-1/g0")));
        PlacementSolution s = new PlacementSolution(p, replicas);
        Iterator<ReassignMove> it = new GpuEvacuationMoveFactory().createOriginalMoveIterator(director(s));
        List<ReassignMove> moves = new ArrayList<>();
        it.forEachRemaining(moves::add);
        assertEquals(2, moves.size(), "one per active GPU");
        // the emptier GPU (the small replica's) comes first and fits beside the big one
        ReassignMove first = moves.get(0);
        assertEquals(List.of(replicas.get(1)), new ArrayList<>(first.getPlanningEntities()));
        assertEquals(List.of(p.gpuById.get("sat-0/g0")), new ArrayList<>(first.getPlanningValues()));
        assertTrue(first.isMoveDoable(director(s)));
        // 40 GiB beside 8 GiB on a 64 GiB GPU fits too
        assertTrue(moves.get(1).isMoveDoable(director(s)));
        assertFalse(it.hasNext());
    }
}
