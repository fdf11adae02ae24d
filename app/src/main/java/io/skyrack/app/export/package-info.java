/** File → Export (deployment bundle) and File → Export Report (capacity report) in the workbench. */
package io.skyrack.app.export;
