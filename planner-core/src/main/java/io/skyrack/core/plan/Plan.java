package io.skyrack.core.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An orbital data-center plan: constellations of TILE-carrying satellites, ground stations, the
 * crosslink policy and the inference workloads to place.
 *
 * @param name short name shown in titles and exports
 * @param description free text
 * @param epoch reference epoch of the orbital elements (UTC)
 * @param window analysis window
 * @param tiles TILE specifications that satellite templates refer to by id
 * @param constellations constellations, in plan order
 * @param groundStations ground stations
 * @param crosslinks crosslink policy
 * @param workloads inference workloads
 * @param assumptions analysis assumptions (environment case, mission year)
 */
public record Plan(
        String name,
        String description,
        Instant epoch,
        AnalysisWindow window,
        List<TileSpec> tiles,
        List<Constellation> constellations,
        List<GroundStation> groundStations,
        CrosslinkPolicy crosslinks,
        List<Workload> workloads,
        AnalysisAssumptions assumptions) {

    /** Checks structure and copies the lists. */
    public Plan {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(crosslinks, "crosslinks");
        Objects.requireNonNull(assumptions, "assumptions");
        tiles = List.copyOf(tiles);
        constellations = List.copyOf(constellations);
        groundStations = List.copyOf(groundStations);
        workloads = List.copyOf(workloads);
    }

    /**
     * An empty plan: no constellations, one day of analysis from the epoch at 60 s steps.
     *
     * @param name plan name
     * @param epoch reference epoch (UTC)
     * @return the empty plan
     */
    public static Plan empty(String name, Instant epoch) {
        return new Plan(name, "", epoch, new AnalysisWindow(epoch, 86_400.0, 60.0), List.of(), List.of(),
                List.of(), CrosslinkPolicy.plusGrid(5_000_000.0, 100_000.0), List.of(),
                AnalysisAssumptions.DEFAULT);
    }

    /** @param newName name @return a copy with another name */
    public Plan withName(String newName) {
        return new Plan(newName, description, epoch, window, tiles, constellations, groundStations, crosslinks,
                workloads, assumptions);
    }

    /** @param list constellations @return a copy with other constellations */
    public Plan withConstellations(List<Constellation> list) {
        return new Plan(name, description, epoch, window, tiles, list, groundStations, crosslinks, workloads,
                assumptions);
    }

    /** @param list TILE specs @return a copy with other TILE specs */
    public Plan withTiles(List<TileSpec> list) {
        return new Plan(name, description, epoch, window, list, constellations, groundStations, crosslinks,
                workloads, assumptions);
    }

    /** @param list stations @return a copy with other ground stations */
    public Plan withGroundStations(List<GroundStation> list) {
        return new Plan(name, description, epoch, window, tiles, constellations, list, crosslinks, workloads,
                assumptions);
    }

    /** @param list workloads @return a copy with other workloads */
    public Plan withWorkloads(List<Workload> list) {
        return new Plan(name, description, epoch, window, tiles, constellations, groundStations, crosslinks, list,
                assumptions);
    }

    /** @param policy crosslink policy @return a copy with another crosslink policy */
    public Plan withCrosslinks(CrosslinkPolicy policy) {
        return new Plan(name, description, epoch, window, tiles, constellations, groundStations, policy, workloads,
                assumptions);
    }

    /** @param w analysis window @return a copy with another analysis window */
    public Plan withWindow(AnalysisWindow w) {
        return new Plan(name, description, epoch, w, tiles, constellations, groundStations, crosslinks, workloads,
                assumptions);
    }
}
