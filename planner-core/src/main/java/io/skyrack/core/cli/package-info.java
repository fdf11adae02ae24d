/**
 * The headless command line ({@code ./skyrack validate|info …}), built with picocli on the same pipeline
 * the workbench uses. Exit codes: 0 ok, 2 invalid input, 1 internal error.
 */
package io.skyrack.core.cli;
