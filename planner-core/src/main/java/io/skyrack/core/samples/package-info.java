/** The sample plans shipped with Skyrack, the first of which is the workbench's default plan. */
package io.skyrack.core.samples;
