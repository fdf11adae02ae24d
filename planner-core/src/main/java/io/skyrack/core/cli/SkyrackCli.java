package io.skyrack.core.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code skyrack} command and its headless subcommands. */
@Command(name = "skyrack", mixinStandardHelpOptions = true, versionProvider = SkyrackCli.Version.class,
        description = {"Skyrack: plan orbital data centers.",
                "Without a command, ./skyrack starts the workbench on the default sample plan."},
        subcommands = {ValidateCommand.class, InfoCommand.class, AnalyzeCommand.class, ExportCommand.class,
                VerifyCommand.class, KeygenCommand.class, ImportBundleCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public final class SkyrackCli implements Runnable {

    /** Exit code: success. */
    public static final int OK = 0;
    /** Exit code: an internal error (a bug or an I/O failure). */
    public static final int INTERNAL_ERROR = 1;
    /** Exit code: the input is invalid. */
    public static final int INVALID_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * @return a command line with the headless subcommands; callers may add more (the workbench adds
     *         {@code open})
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SkyrackCli());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("skyrack: internal error: " + ex);
            ex.printStackTrace(line.getErr());
            return INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine line = ex.getCommandLine();
            PrintWriter err = line.getErr();
            err.println("skyrack: " + ex.getMessage());
            err.println("Run '" + line.getCommandSpec().qualifiedName() + " --help' for usage.");
            return INVALID_INPUT;
        });
        return cl;
    }

    /**
     * @param args command-line arguments
     * @return exit code
     */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SkyrackCli.class.getPackage().getImplementationVersion();
            return new String[] {"skyrack " + (v == null ? "development build" : v)};
        }
    }
}
