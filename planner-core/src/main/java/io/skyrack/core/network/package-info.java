/**
 * Optical crosslinks between a plan's satellites: which pairs may link, when each link is available, at what
 * range, rate and margin, and where its terminals point.
 *
 * <p>{@link io.skyrack.core.network.CrosslinkAnalyzer} is the entry point: it reads the plan's
 * {@code CrosslinkPolicy} and each constellation's terminals, and the ephemeris grid of the orbit engine, and
 * returns a {@link io.skyrack.core.network.CrosslinkSchedule}. The steps are separate classes so that each can
 * be checked alone:
 * <ul>
 * <li>{@link io.skyrack.core.network.CrosslinkTopology}: the pairs that do not depend on geometry (+Grid, manual
 *     pairs) after the terminal-count limit;</li>
 * <li>{@link io.skyrack.core.network.PairsWithinRange}: every pair within a range at one instant, by a spatial
 *     hash grid that returns exactly what testing every pair returns (nearest-k uses it at each step);</li>
 * <li>{@link io.skyrack.core.network.LineOfSight}: the lowest WGS-84 altitude of the segment between two
 *     satellites, against the grazing margin;</li>
 * <li>{@link io.skyrack.core.network.LinkBudgets} and {@link io.skyrack.core.network.PairLinkModel}: reach,
 *     rate and margin of a pair of terminals;</li>
 * <li>{@link io.skyrack.core.network.BodyFrames}: body axes per attitude mode, for pointing angles.</li>
 * </ul>
 *
 * <p>Engineering problems (a +Grid rule on a constellation without planes, links dropped for lack of
 * terminals, a rule that yields no links) are returned as {@code Finding}s in the schedule, not thrown.
 * Bulk per-step results are structure-of-arrays, indexed {@code pair * stepCount + step}, like the
 * {@code EphemerisGrid} they come from.
 */
package io.skyrack.core.network;
