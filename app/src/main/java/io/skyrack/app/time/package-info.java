/**
 * Time in the workbench: the shown instant within an analysis window, playing it at 1× to 10,000×, scrubbing and
 * jumping, and the bar of controls for it.
 *
 * <p>{@link io.skyrack.app.time.PlaybackViewModel} holds the state and is tested without a window; the frame clock
 * that advances it belongs to the view that draws the time (the globe), so that time moves exactly once per
 * rendered frame.
 */
package io.skyrack.app.time;
