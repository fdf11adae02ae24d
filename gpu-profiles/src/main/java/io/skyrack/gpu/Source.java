package io.skyrack.gpu;

import java.util.Objects;

/**
 * A published document that backs figures of a profile.
 *
 * @param title title of the document, with its number and revision where it has them
 * @param url address of the document, or {@code null} when it has no stable public address
 * @param covers which figures of the profile this document backs, in words
 */
public record Source(String title, String url, String covers) {

    /**
     * Creates a source.
     *
     * @param title title of the document, with its number and revision where it has them
     * @param url address of the document, or {@code null} when it has no stable public address
     * @param covers which figures of the profile this document backs, in words
     * @throws NullPointerException if {@code title} or {@code covers} is {@code null}
     */
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(covers, "covers");
    }
}
