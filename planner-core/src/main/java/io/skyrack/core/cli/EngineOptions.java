package io.skyrack.core.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that run the analysis engines: the Orekit data and progress on the terminal. */
final class EngineOptions {

    @Option(names = "--orekit-data", paramLabel = "DIR",
            description = "A full orekit-data folder (EOP, JPL ephemerides) used before the bundled leap-second table.")
    Path orekitData;

    @Option(names = "--quiet", description = "No progress on standard error.")
    boolean quiet;
}
