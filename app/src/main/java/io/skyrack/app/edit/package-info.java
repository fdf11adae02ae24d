/**
 * Editing the open plan: named undoable commands ({@link io.skyrack.app.edit.EditHistory}) and the autosave of
 * the working copy to a recovery file ({@link io.skyrack.app.edit.RecoveryStore}, {@link
 * io.skyrack.app.edit.Autosave}).
 */
package io.skyrack.app.edit;
