/** Analysis runs in the workbench and their results: capacity, charts, link and contact tables. */
package io.skyrack.app.results;
