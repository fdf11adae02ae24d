/**
 * The analysis pipeline: one {@code analyze(plan)} that the CLI and the workbench both call, running the
 * engines in order (orbits → Sun and lighting → ground contacts → crosslinks → routes) and returning one
 * immutable {@link io.skyrack.core.analysis.Analysis}; and the files {@code skyrack analyze} writes.
 */
package io.skyrack.core.analysis;
