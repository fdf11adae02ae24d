/**
 * The plan file format ({@code *.skyrack.json}): DTOs in engineer units, strict reading that reports every
 * problem with its JSON Pointer and source line, writing, and atomic saving.
 *
 * <p>Reading runs in three stages: {@link io.skyrack.core.persistence.StrictJsonParser} turns text into a
 * Jackson tree while rejecting duplicate keys, trailing tokens and oversized documents, and remembers
 * where each value sits in the text; {@link io.skyrack.core.persistence.DtoReader} binds the tree to the
 * DTO records of {@link io.skyrack.core.persistence.PlanDto}, checking types, required and unknown fields
 * and the ranges declared on the DTOs with {@link io.skyrack.core.persistence.Range}; and
 * {@link io.skyrack.core.persistence.PlanMapper} converts to the SI domain model. The binder does not
 * stop at the first problem, which Jackson's data binding would; that is why it is ours. The domain
 * records carry no Jackson annotations.
 */
package io.skyrack.core.persistence;
