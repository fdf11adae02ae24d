/**
 * The one Orekit data context Skyrack builds at start-up and passes to the code that needs it.
 *
 * <p>Skyrack ships a leap-second table as a classpath resource, so UTC, EME2000, TEME and ITRF (with zero
 * Earth-orientation corrections) work with no data on disk and no download. A user with a full
 * {@code orekit-data} folder (EOP, JPL ephemerides) can add it, and its files take precedence.
 */
package io.skyrack.core.orekit;
