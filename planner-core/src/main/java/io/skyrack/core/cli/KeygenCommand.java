package io.skyrack.core.cli;

import io.skyrack.core.bundle.BundleKeys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code skyrack keygen --out DIR}: writes an Ed25519 key pair for signing bundles. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        description = {"Write an Ed25519 key pair for signing bundles: skyrack.key (PEM PKCS#8, owner-only)",
                "and skyrack.pub (PEM X.509), and print the key id. Exit 0 ok, 2 when the files exist."})
final class KeygenCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the two files.")
    Path out;

    @Option(names = "--force", description = "Replace existing key files.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        KeyPair pair = BundleKeys.generate();
        try {
            BundleKeys.writeKeyPair(pair, out, force);
        } catch (FileAlreadyExistsException e) {
            err.println("skyrack keygen: " + e.getFile() + " exists; use --force to replace it");
            err.flush();
            return SkyrackCli.INVALID_INPUT;
        } catch (IOException e) {
            err.println("skyrack keygen: cannot write to " + out + ": " + e);
            err.flush();
            return SkyrackCli.INTERNAL_ERROR;
        }
        stdout.println("key id " + BundleKeys.keyId(pair.getPublic()));
        stdout.println("private key " + out.resolve(BundleKeys.PRIVATE_KEY_FILE) + " (keep it secret)");
        stdout.println("public key  " + out.resolve(BundleKeys.PUBLIC_KEY_FILE));
        stdout.flush();
        return SkyrackCli.OK;
    }
}
