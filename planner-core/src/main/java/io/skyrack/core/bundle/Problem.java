package io.skyrack.core.bundle;

import java.util.Objects;

/**
 * One problem found in a bundle.
 *
 * @param file the bundle path of the file it concerns ({@code .} for the bundle folder itself)
 * @param code a stable key: {@code schema}, {@code missing}, {@code unlisted}, {@code size}, {@code hash},
 *        {@code plan}, {@code parse}, {@code reference}, {@code signature}
 * @param message what is wrong, in one sentence
 */
public record Problem(String file, String code, String message) {

    /** Checks structure. */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ": " + message + " [" + code + "]";
    }
}
