package io.skyrack.core.cli;

import io.skyrack.core.bundle.BundleException;
import io.skyrack.core.bundle.BundleImporter;
import io.skyrack.core.bundle.BundleKeys;
import io.skyrack.core.orekit.OrekitContext;
import io.skyrack.core.persistence.PlanFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skyrack import-bundle DIR --out PLAN}: restores the plan of a verified bundle. */
@Command(name = "import-bundle", mixinStandardHelpOptions = true,
        description = {"Verify a deployment bundle and write the plan it was exported from.",
                "Exit 0 ok, 2 when the bundle fails verification, its plan is invalid or PLAN exists, 1 internal error."})
final class ImportBundleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The bundle folder.")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "PLAN", description = "Plan file to write (*.skyrack.json).")
    Path out;

    @Option(names = "--force", description = "Replace an existing plan file.")
    boolean force;

    @Option(names = "--trust", paramLabel = "PUBKEY", description = "Ed25519 public key the bundle must be signed with.")
    Path trust;

    @Option(names = "--orekit-data", paramLabel = "DIR",
            description = "A full orekit-data folder used before the bundled leap-second table.")
    Path orekitData;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (Files.isDirectory(out)) {
                err.println("skyrack import-bundle: --out " + out + " is a folder, not a plan file");
                return SkyrackCli.INVALID_INPUT;
            }
            if (Files.exists(out) && !force) {
                err.println("skyrack import-bundle: " + out + " exists; use --force to replace it");
                return SkyrackCli.INVALID_INPUT;
            }
            Optional<PublicKey> key = trust == null ? Optional.empty() : Optional.of(BundleKeys.readPublicKey(trust));
            BundleImporter.Imported imported = new BundleImporter(OrekitContext.fromSettings(orekitData),
                    common.catalog(err)).read(dir, key);
            PlanFiles.writeAtomically(out, imported.text().getBytes(StandardCharsets.UTF_8));
            imported.findings().forEach(stdout::println);
            stdout.println(imported.plan().name() + ": restored from " + dir + " to " + out);
            return SkyrackCli.OK;
        } catch (BundleException e) {
            err.println("skyrack import-bundle: " + e.getMessage());
            e.details().forEach(d -> err.println("  " + d));
            return SkyrackCli.INVALID_INPUT;
        } catch (PlanSource.InvalidInputException | IllegalArgumentException e) {
            err.println("skyrack import-bundle: " + e.getMessage());
            return SkyrackCli.INVALID_INPUT;
        } catch (IOException e) {
            err.println("skyrack import-bundle: " + e);
            return SkyrackCli.INTERNAL_ERROR;
        } finally {
            stdout.flush();
            err.flush();
        }
    }
}
