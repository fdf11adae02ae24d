package io.skyrack.core.cli;

import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.samples.SamplePlans;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Resolves the PLAN argument of a command: a file path, or {@code sample:NAME} for a built-in sample.
 */
final class PlanSource {

    private PlanSource() {
    }

    /**
     * @param arg the argument
     * @param catalog GPU profiles
     * @return the load result
     * @throws InvalidInputException when the file cannot be read
     */
    static PlanFiles.LoadResult load(String arg, GpuCatalog catalog) {
        if (arg.startsWith("sample:")) {
            String name = arg.substring("sample:".length());
            if (!SamplePlans.NAMES.contains(name)) {
                throw new InvalidInputException("no sample plan named '" + name + "'; samples: "
                        + String.join(", ", SamplePlans.NAMES));
            }
            return PlanFiles.parse(SamplePlans.text(name), catalog);
        }
        Path p = Path.of(arg);
        if (Files.isDirectory(p)) {
            throw new InvalidInputException(arg + " is a folder, not a plan file");
        }
        try {
            return PlanFiles.load(p, catalog);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("no such file: " + arg);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + arg + ": " + e.getMessage());
        }
    }

    /** A problem with the command's input that is reported with exit code 2. */
    static final class InvalidInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidInputException(String message) {
            super(message);
        }
    }
}
