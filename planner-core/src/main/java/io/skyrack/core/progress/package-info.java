/** Progress reporting and cancellation for long engine runs, shared by the CLI and the workbench. */
package io.skyrack.core.progress;
