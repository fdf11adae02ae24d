package io.skyrack.core.bundle;

import java.util.List;
import java.util.Objects;

/**
 * A bundle operation refused its input: a folder that is not empty, a bad option, key or placement, or a folder
 * that is not a bundle. The command line reports it with exit code 2; I/O failures stay {@link java.io.IOException}.
 */
public final class BundleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the operation was refused. */
    public enum Reason {
        /** The output folder exists and is not empty, and overwriting was not asked for. */
        TARGET_NOT_EMPTY,
        /** The output path exists and is not a folder (or, for a plan, is a folder). */
        TARGET_NOT_USABLE,
        /** An option is out of range or inconsistent with the plan. */
        INVALID_OPTION,
        /** A key file cannot be read as an Ed25519 key. */
        INVALID_KEY,
        /** A placement row names a satellite, TILE or GPU that does not exist. */
        INVALID_PLACEMENT,
        /** The folder is not a readable bundle, or it failed verification. */
        INVALID_BUNDLE
    }

    private final Reason reason;
    private final transient List<String> details;

    /**
     * @param reason why
     * @param message what, in one sentence
     * @param details one line per individual problem (may be empty)
     */
    public BundleException(Reason reason, String message, List<String> details) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.details = List.copyOf(details);
    }

    /**
     * @param reason why
     * @param message what, in one sentence
     */
    public BundleException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    /** @return why the operation was refused */
    public Reason reason() {
        return reason;
    }

    /** @return one line per individual problem */
    public List<String> details() {
        return details == null ? List.of() : details;
    }
}
