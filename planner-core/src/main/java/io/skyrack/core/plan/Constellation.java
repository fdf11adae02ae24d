package io.skyrack.core.plan;

/**
 * A group of satellites defined one way (Walker pattern, sun-synchronous plane, explicit elements or
 * TLEs), all built from one satellite template.
 */
public sealed interface Constellation
        permits WalkerConstellationSpec, SunSynchronousSpec, ExplicitConstellationSpec, TleConstellationSpec {

    /** @return identifier, unique in the plan; satellite names derive from it */
    String id();

    /** @return display name */
    String name();

    /** @return the template every satellite of this constellation is built from */
    SatelliteTemplate template();

    /** @return number of satellites this definition produces (0 when the definition is invalid) */
    int satelliteCount();

    /**
     * @param newTemplate template
     * @return a copy of this constellation with another template
     */
    Constellation withTemplate(SatelliteTemplate newTemplate);
}
