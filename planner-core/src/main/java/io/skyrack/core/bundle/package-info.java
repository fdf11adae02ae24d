/**
 * The deployment bundle: the folder a plan leaves Skyrack in for the flight control plane, and the checks
 * the receiving side runs on it.
 *
 * <p>{@link io.skyrack.core.bundle.BundleExporter} writes a bundle from an
 * {@link io.skyrack.core.analysis.Analysis} (manifest, cluster record of intent, JSON Schemas, CCSDS OEM and
 * OMM per satellite, a CZML scene, the plan itself and an optional Ed25519 signature);
 * {@link io.skyrack.core.bundle.BundleVerifier} checks one (schemas, hashes, signature, internal
 * references) and reports every problem; {@link io.skyrack.core.bundle.BundleImporter} restores the plan.
 * The format is documented for the control-plane team in {@code docs/bundle-format.md}.
 *
 * <p>Shape: every file is produced by a small writer that takes plain inputs ({@link ClusterDocument},
 * {@link OrbitFiles}, {@link CzmlScene}); {@link BundleExporter} only stages them in a temporary folder,
 * hashes, validates, signs and renames. The same plan always gives byte-identical files: times come from the
 * plan, numbers are rounded to stated precisions, and every list has a fixed order.
 */
package io.skyrack.core.bundle;
