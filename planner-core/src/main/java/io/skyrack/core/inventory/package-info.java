/** Counts of what a plan puts in orbit: satellites, TILEs, GPUs by profile, nominal throughput and mass. */
package io.skyrack.core.inventory;
