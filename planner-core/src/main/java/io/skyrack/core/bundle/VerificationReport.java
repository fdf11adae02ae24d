package io.skyrack.core.bundle;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying a bundle.
 *
 * @param problems every problem found, in the order of the checks; empty when the bundle is sound
 * @param notes facts worth telling that are not problems (unsigned bundle, signature by an untrusted key)
 * @param signerKeyId the key id in manifest.sig, when the bundle is signed
 * @param trusted true when the signature verified with the key the caller trusts
 * @param files number of files checked against the manifest
 */
public record VerificationReport(List<Problem> problems, List<String> notes, Optional<String> signerKeyId,
                                 boolean trusted, int files) {

    /** Copies the lists. */
    public VerificationReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
        Objects.requireNonNull(signerKeyId, "signerKeyId");
    }

    /** @return true when no problem was found */
    public boolean ok() {
        return problems.isEmpty();
    }
}
