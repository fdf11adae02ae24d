package io.skyrack.core.bundle;

import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;

/**
 * Restores the plan a bundle was exported from. The bundle is verified first; the plan file's text is the
 * canonical JSON the exporter wrote, so plan → bundle → plan gives an equal plan and the same text.
 */
public final class BundleImporter {

    private final OrekitContext orekit;
    private final GpuCatalog catalog;

    /**
     * @param orekit data context for verification
     * @param catalog GPU profiles the plan is validated against
     */
    public BundleImporter(OrekitContext orekit, GpuCatalog catalog) {
        this.orekit = orekit;
        this.catalog = catalog;
    }

    /**
     * A restored plan.
     *
     * @param plan the plan
     * @param text its canonical JSON text, as stored in the bundle
     * @param findings validation findings (warnings; errors refuse the import)
     * @param report the verification report of the bundle
     */
    public record Imported(Plan plan, String text, List<Finding> findings, VerificationReport report) {
    }

    /**
     * @param dir the bundle folder
     * @param trusted the key the bundle must be signed with, if any
     * @return the plan
     * @throws BundleException when the bundle fails verification or its plan is not valid
     * @throws IOException when a file cannot be read
     */
    public Imported read(Path dir, Optional<PublicKey> trusted) throws BundleException, IOException {
        VerificationReport report = new BundleVerifier(orekit).verify(dir, trusted);
        if (!report.ok()) {
            throw new BundleException(BundleException.Reason.INVALID_BUNDLE, dir + " failed verification with "
                    + report.problems().size() + " problem(s)",
                    report.problems().stream().map(Problem::toString).toList());
        }
        Manifest manifest = Manifest.fromJson(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readAllBytes(dir.resolve(BundleLayout.MANIFEST))));
        String text = Files.readString(BundleLayout.resolve(dir, manifest.planFile()), StandardCharsets.UTF_8);
        PlanFiles.LoadResult r = PlanFiles.parse(text, catalog);
        if (r.hasErrors() || r.plan().isEmpty()) {
            throw new BundleException(BundleException.Reason.INVALID_BUNDLE, "the plan in " + dir + " is not valid",
                    r.findings().stream().filter(Finding::isError).map(Finding::toString).toList());
        }
        return new Imported(r.plan().get(), text, r.findings(), report);
    }
}
