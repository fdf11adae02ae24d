/**
 * Sun and lighting over the analysis window: the Sun's position, each satellite's beta angle, its
 * illumination fraction with a conical shadow of the oblate Earth (umbra and penumbra), and eclipse
 * intervals refined between grid steps.
 *
 * <p>Everything is computed from the shared {@link io.skyrack.core.orbit.EphemerisGrid}: the grid gives
 * positions and velocities at each step, cubic Hermite interpolation gives them in between, and the
 * shadow functions are root-found there. This is what makes it much faster than event detection on a
 * propagator, while staying within a second of it (see docs/orbit.md).
 */
package io.skyrack.core.lighting;
