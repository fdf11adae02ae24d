package io.skyrack.core.design;

import io.skyrack.core.plan.TleConstellationSpec.TleEntry;
import io.skyrack.core.validation.Finding;
import java.util.List;

/**
 * The element sets read from an imported text, and the problems found in it.
 *
 * <p>Records with errors are left out of {@link #entries()}; every good record is kept, so one bad record
 * does not block the import of the others.
 *
 * @param entries the usable element sets, in the order of the text
 * @param findings problems, each located by 1-based line and column in the text and by a JSON Pointer
 *        {@code /<record>/<field>} into the text seen as an array of records
 */
public record ImportedElements(List<TleEntry> entries, List<Finding> findings) {

    /** Copies the lists. */
    public ImportedElements {
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    /** @return true when any finding is an error (some record was left out, or nothing could be read) */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
