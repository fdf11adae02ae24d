package io.skyrack.core.cli;

import io.skyrack.core.bundle.BundleException;
import io.skyrack.core.bundle.BundleKeys;
import io.skyrack.core.bundle.BundleVerifier;
import io.skyrack.core.bundle.Problem;
import io.skyrack.core.bundle.VerificationReport;
import io.skyrack.core.orekit.OrekitContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skyrack verify DIR [--trust PUBKEY]}: checks a bundle and prints every problem. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check a deployment bundle: schemas, every file's size and SHA-256, files not in the manifest,",
                "internal references (placements, links, routes, contacts), OEM/OMM/CZML structure and the signature.",
                "Prints every problem as FILE: message [code]. Exit 0 when sound, 2 with problems, 1 internal error."})
final class VerifyCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The bundle folder.")
    Path dir;

    @Option(names = "--trust", paramLabel = "PUBKEY", description = "Ed25519 public key (PEM X.509) the bundle must be "
            + "signed with. Without it a signature is checked for integrity only.")
    Path trust;

    @Option(names = "--orekit-data", paramLabel = "DIR",
            description = "A full orekit-data folder used before the bundled leap-second table.")
    Path orekitData;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Optional<PublicKey> key = trust == null ? Optional.empty() : Optional.of(BundleKeys.readPublicKey(trust));
            OrekitContext orekit = OrekitContext.fromSettings(orekitData);
            VerificationReport report = new BundleVerifier(orekit).verify(dir, key);
            for (Problem p : report.problems()) {
                out.println(p);
            }
            for (String note : report.notes()) {
                out.println("note: " + note);
            }
            if (report.ok()) {
                out.println(dir + ": verified, " + report.files() + " files"
                        + (report.trusted() ? ", signed by trusted key " + report.signerKeyId().orElseThrow() : ""));
            } else {
                out.println(dir + ": " + report.problems().size() + " problem"
                        + (report.problems().size() == 1 ? "" : "s"));
            }
            out.flush();
            return report.ok() ? SkyrackCli.OK : SkyrackCli.INVALID_INPUT;
        } catch (BundleException | IllegalArgumentException e) {
            err.println("skyrack verify: " + e.getMessage());
            err.flush();
            return SkyrackCli.INVALID_INPUT;
        } catch (IOException e) {
            err.println("skyrack verify: cannot read " + dir + ": " + e);
            err.flush();
            return SkyrackCli.INTERNAL_ERROR;
        }
    }
}
