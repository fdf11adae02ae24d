/**
 * The network over time: at each step the graph of crosslinks that are up and of ground contacts, and the
 * shortest-latency routes through it (propagation delay at the speed of light plus a processing delay per
 * hop). Placement and the summary's hop counts read these routes.
 */
package io.skyrack.core.routing;
