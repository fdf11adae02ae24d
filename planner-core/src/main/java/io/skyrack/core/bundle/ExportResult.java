package io.skyrack.core.bundle;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What an export wrote.
 *
 * @param dir the bundle folder
 * @param manifest the manifest written
 * @param totalBytes size of all files, manifest and signature included (byte)
 * @param keyId id of the key that signed the manifest, when signed
 * @param ephemerisStep time between OEM and CZML samples (s)
 * @param seconds wall time of the export (s)
 */
public record ExportResult(Path dir, Manifest manifest, long totalBytes, Optional<String> keyId, double ephemerisStep,
                           double seconds) {

    /** Checks structure. */
    public ExportResult {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(keyId, "keyId");
    }
}
