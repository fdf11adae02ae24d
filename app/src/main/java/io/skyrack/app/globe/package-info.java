/**
 * The 3D globe: the Earth, satellites, orbit rings, crosslinks, ground stations and contact lines in a JavaFX
 * SubScene, animated over an analysis window.
 *
 * <p>Scene coordinates: inertial EME2000 axes mapped to JavaFX's Y-down axes as (x, −z, y), in units of one
 * hundredth of the Earth's equatorial radius (floats stay small and precise). The Earth mesh is built in Earth-fixed
 * coordinates and turned into place with Orekit's ITRF → EME2000 rotation at the epoch followed by the sidereal spin
 * ({@link io.skyrack.app.globe.EarthRotation}).
 *
 * <p>How it is split: {@link io.skyrack.app.globe.GlobeGeometry} (the plan at its epoch) and
 * {@link io.skyrack.app.globe.GlobeTimeline} (an analysis prepared for animation) are computed off the FX thread;
 * {@link io.skyrack.app.globe.GlobeViewModel} holds the state; {@link io.skyrack.app.globe.GlobeView} lays out the
 * SubScene, overlay labels and time bar and drives frames; {@code GlobeScene} owns the 3D nodes and updates them
 * per frame. At scale nothing is one node per satellite or per link: each constellation's satellites are one mesh of
 * camera-facing markers and the links, contacts and rings are meshes of camera-facing quads, all rewritten per frame
 * from preallocated arrays ({@link io.skyrack.app.globe.MeshBuilders}); what the Earth hides is not drawn.
 */
package io.skyrack.app.globe;
