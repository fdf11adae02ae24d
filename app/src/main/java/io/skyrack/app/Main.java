package io.skyrack.app;

import io.skyrack.core.cli.SkyrackCli;
import picocli.CommandLine;

/**
 * Entry point of {@code ./skyrack}: no arguments (or {@code open [PLAN]}) starts the workbench, anything
 * else runs the headless command line.
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        if (args.length == 0) {
            WorkbenchLauncher.launch(null);
            return;
        }
        CommandLine cl = SkyrackCli.commandLine();
        cl.addSubcommand("open", new OpenCommand());
        int code = cl.execute(args);
        if (!OpenCommand.launched()) {
            System.exit(code);
        }
    }
}
