/** Services the workbench's view models receive from outside: background tasks, dialogs, preferences. */
package io.skyrack.app.services;
