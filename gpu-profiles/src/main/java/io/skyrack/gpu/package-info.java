/**
 * Catalog of GPU and compute-module profiles: published power modes, throughput, memory and
 * thermal limits of the NVIDIA parts a Skyrack TILE can carry, each figure traced to a source.
 *
 * <p>Shape and reasons:
 * <ul>
 *   <li>The catalog is data, not code. Each profile is a JSON resource under
 *       {@code io/skyrack/gpu/profiles/}, listed in {@code index.txt} so loading needs no
 *       classpath scanning. Users add their own profiles from a folder
 *       ({@link io.skyrack.gpu.GpuCatalog#loadFolder(java.nio.file.Path, GpuCatalog)}), read and
 *       validated exactly like the built-in ones.</li>
 *   <li>A figure the vendor does not publish is {@code null} and its field name is listed in
 *       {@link io.skyrack.gpu.GpuProfile#unpublished()}; nothing is invented. The validator
 *       enforces that both lists agree.</li>
 *   <li>NVIDIA publishes throughput at the top power mode only. Lower modes carry a figure
 *       derived by one planning rule, {@link io.skyrack.gpu.ThroughputRule}, and say so with
 *       {@link io.skyrack.gpu.PowerMode#throughputDerived()}.</li>
 *   <li>Engineering problems in a profile file are returned as
 *       {@link io.skyrack.gpu.CatalogFinding}s carrying a JSON Pointer into the file, all of them
 *       at once; exceptions are kept for bugs (an invalid bundled profile) and I/O failures.</li>
 *   <li>Units: this catalog is an edge format, so the records use the engineer units of the
 *       file and name them ({@code powerW}, {@code memoryGiB}, {@code junctionThrottleC});
 *       conversion to SI happens where the thermal and placement engines read them.</li>
 * </ul>
 *
 * <p>The package depends on Jackson only and imports no UI or orbit library.
 */
package io.skyrack.gpu;
