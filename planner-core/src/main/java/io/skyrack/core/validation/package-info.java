/**
 * Engineering findings and the plan validator.
 *
 * <p>Problems with a plan are returned as {@link io.skyrack.core.validation.Finding}s that name the place
 * in the plan file by JSON Pointer; exceptions are kept for bugs and I/O failures. The validator collects
 * every problem at once so a user can fix a file in one pass.
 */
package io.skyrack.core.validation;
