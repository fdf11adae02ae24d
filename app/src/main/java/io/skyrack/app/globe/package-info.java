/**
 * The 3D globe: Earth, satellites and orbit rings in a JavaFX SubScene.
 *
 * <p>Scene coordinates: inertial EME2000 axes mapped to JavaFX's Y-down axes as (x, −z, y), in units of
 * one hundredth of the Earth's equatorial radius (floats stay small and precise). The Earth mesh is built
 * in Earth-fixed coordinates and turned into place with Orekit's ITRF → EME2000 rotation at the shown
 * time. Geometry is computed off the FX thread by {@link io.skyrack.app.globe.GlobeGeometry} and only
 * turned into meshes on it.
 */
package io.skyrack.app.globe;
