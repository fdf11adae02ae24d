package io.skyrack.core.validation;

import java.util.Objects;

/**
 * One engineering problem found in a plan or a result, located by a JSON Pointer into the plan file.
 *
 * @param severity how serious the problem is
 * @param path JSON Pointer (RFC 6901) into the plan file; {@code ""} for the whole document
 * @param code stable key of the kind of problem (for example {@code range.min}), for tests and tools
 * @param message plain-language description, in engineer units
 * @param line 1-based line in the source text, or 0 when unknown
 * @param column 1-based column in the source text, or 0 when unknown
 */
public record Finding(Severity severity, String path, String code, String message, int line, int column) {

    /** Checks structure. */
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error without a known source location.
     *
     * @param path JSON Pointer
     * @param code problem key
     * @param message description
     * @return the finding
     */
    public static Finding error(String path, String code, String message) {
        return new Finding(Severity.ERROR, path, code, message, 0, 0);
    }

    /**
     * A warning without a known source location.
     *
     * @param path JSON Pointer
     * @param code problem key
     * @param message description
     * @return the finding
     */
    public static Finding warning(String path, String code, String message) {
        return new Finding(Severity.WARNING, path, code, message, 0, 0);
    }

    /**
     * Information without a known source location: nothing is wrong, but the user should know.
     *
     * @param path JSON Pointer
     * @param code finding key
     * @param message description
     * @return the finding
     */
    public static Finding info(String path, String code, String message) {
        return new Finding(Severity.INFO, path, code, message, 0, 0);
    }

    /**
     * @param l 1-based line
     * @param c 1-based column
     * @return a copy located in the source text
     */
    public Finding at(int l, int c) {
        return new Finding(severity, path, code, message, l, c);
    }

    /** @return true when this finding makes the plan unusable */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return {@code POINTER: message}, with the source location when known */
    @Override
    public String toString() {
        String where = path.isEmpty() ? "/" : path;
        String loc = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        String sev = severity == Severity.ERROR ? "" : severity.name().toLowerCase(java.util.Locale.ROOT) + ": ";
        return where + ": " + sev + message + loc;
    }

    /** Severity of a finding. */
    public enum Severity {
        /** Information worth knowing; nothing is wrong. */
        INFO,
        /** Probably a mistake or a poor choice, but the plan can be analysed. */
        WARNING,
        /** The plan cannot be analysed as it is. */
        ERROR
    }
}
