/**
 * Workload placement: which replica of which inference workload runs on which GPU of which TILE of which
 * satellite.
 *
 * <p>The optimizer works on plain inputs ({@link io.skyrack.core.placement.PlacementProblem}: GPUs with
 * their sustained capacity, satellites with their compute power budget, workloads, and a
 * {@link io.skyrack.core.placement.NetworkView} of latencies, routes and crosslink capacities) so that it can
 * be tested and benchmarked alone; the analysis pipeline builds those from the plan, the GPU catalog, the
 * thermal engine and the routing engine. It is a Timefold Solver model (one planning entity per replica,
 * the GPU as a planning variable that may stay unassigned, one constraint-stream method per constraint)
 * seeded by a deterministic first-fit-decreasing construction. The result carries the assignments, the
 * reason for every unplaced replica, the use of every GPU, the score, and a lower bound on active GPUs with
 * the gap to it; {@link io.skyrack.core.placement.FailureAnalyzer} re-places after the loss of a GPU, a TILE,
 * a satellite or a link. {@code docs/placement.md} describes the model.
 *
 * <p>Inside, quantities are summed as integers (byte, 1 Mop/s quanta, mW, bit/s) with demands rounded up
 * and capacities rounded down, so the constraint streams, the construction and the explanations agree
 * exactly on what fits.
 */
package io.skyrack.core.placement;
