package io.skyrack.thermal;

import java.util.List;
import java.util.stream.Collectors;

/** Solves the power and thermal budget of TILEs over their orbits. */
public interface ThermalSolver {

    /**
     * Solves one TILE.
     *
     * @param spec the TILE
     * @param environment the environment case
     * @param inputs what the TILE sees over one orbit
     * @return the result; with findings and no samples when the inputs are not usable
     */
    TileThermalResult solve(TileThermalSpec spec, Environment environment, OrbitThermalInputs inputs);

    /**
     * Solves many TILEs of one design, in parallel on the common fork-join pool. Each TILE is independent,
     * so the results do not depend on the number of threads.
     *
     * @param spec the TILE design
     * @param environment the environment case
     * @param tiles what each TILE sees over its orbit
     * @return one result per TILE, in the order of {@code tiles}
     */
    default List<TileThermalResult> solveAll(TileThermalSpec spec, Environment environment,
                                             List<OrbitThermalInputs> tiles) {
        return tiles.parallelStream().map(in -> solve(spec, environment, in)).collect(Collectors.toList());
    }
}
