/**
 * Orbits of a plan's satellites, built with Orekit from the plan's constellation definitions.
 *
 * <p>Walker constellations use Orekit's {@code WalkerConstellation}; sun-synchronous planes derive their
 * inclination from the J2 nodal precession and their node from the local time of the ascending node;
 * TLE sets are propagated to the plan epoch with SGP4/SDP4.
 */
package io.skyrack.core.orbit;
