package io.skyrack.core.bundle;

import java.util.Objects;

/**
 * One file of a bundle as the manifest lists it.
 *
 * @param path bundle path, relative, {@code /}-separated
 * @param size size (byte)
 * @param sha256 SHA-256 of the content, 64 lowercase hex digits
 */
public record FileEntry(String path, long size, String sha256) {

    /** Checks structure. */
    public FileEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
    }
}
