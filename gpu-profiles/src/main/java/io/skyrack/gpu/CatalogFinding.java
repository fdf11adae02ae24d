package io.skyrack.gpu;

import java.util.Objects;

/**
 * An engineering problem found in a GPU profile file.
 *
 * <p>The {@code path} is a JSON Pointer (RFC 6901) into the profile file, for example
 * {@code /powerModes/2/powerW}; the empty string points at the whole document. The
 * {@code message} starts with the name of the file, so a finding read on its own still says
 * where it comes from: {@code "my-gpu.json: powerW must be positive and finite, got -5.0"}.
 *
 * @param path JSON Pointer into the profile file
 * @param message human-readable description, prefixed by the file name
 */
public record CatalogFinding(String path, String message) {

    /**
     * Creates a finding.
     *
     * @param path JSON Pointer into the profile file
     * @param message human-readable description, prefixed by the file name
     * @throws NullPointerException if {@code path} or {@code message} is {@code null}
     */
    public CatalogFinding {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Renders the finding as the CLI prints findings, {@code POINTER: message}; a finding about
     * the whole document (empty pointer) prints its message alone.
     *
     * @return the pointer, a colon and the message
     */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
