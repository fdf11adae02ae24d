/**
 * The design editors under the globe: constellations, TILE layout, crosslinks, ground stations and workloads.
 *
 * <p>Each editor is a view model that reads the open plan from {@link io.skyrack.app.main.MainViewModel} and
 * changes it only through its named, undoable edits; the views bind controls to them. Form fields are
 * validated by building the candidate plan and running the plan validator on it: a finding whose JSON Pointer
 * names a field is shown at that field and the plan stays unchanged while any field is invalid. Anything that
 * may take longer than a frame (TILE figures, the crosslink check, element-set import) runs on the task
 * executor.
 */
package io.skyrack.app.design;
