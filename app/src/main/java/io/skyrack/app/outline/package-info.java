/** The plan outline: a tree of the plan's parts, each naming its JSON Pointer in the plan file. */
package io.skyrack.app.outline;
