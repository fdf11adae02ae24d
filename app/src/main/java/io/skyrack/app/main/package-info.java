/** The main window: menus, layout and the state of the open plan. */
package io.skyrack.app.main;
