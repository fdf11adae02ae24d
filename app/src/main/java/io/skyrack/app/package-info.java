/**
 * The Skyrack workbench (JavaFX) and the {@code skyrack} entry point.
 *
 * <p>MVVM: each {@code FooView} builds controls and binds them to a {@code FooViewModel}, which holds the
 * UI state as read-only JavaFX properties, calls the core, and never touches controls, so it is tested
 * without a window. Long work runs through an injectable {@link io.skyrack.app.services.TaskExecutor}.
 */
package io.skyrack.app;
