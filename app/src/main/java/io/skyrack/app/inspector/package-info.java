/** The read-only inspector: the selected plan item's properties in engineer units. */
package io.skyrack.app.inspector;
