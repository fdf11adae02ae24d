package io.skyrack.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code skyrack open [PLAN]}: starts the workbench on a plan file or a built-in sample. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Start the workbench on a plan file, or on the default sample plan when none is given.")
final class OpenCommand implements Callable<Integer> {

    private static volatile boolean launched;

    @Parameters(paramLabel = "PLAN", arity = "0..1", description = "Plan file (*.skyrack.json) or sample:NAME.")
    String plan;

    @Override
    public Integer call() {
        launched = true;
        WorkbenchLauncher.launch(plan);
        return 0;
    }

    /** @return true when this command started the workbench (the JVM then ends with the window) */
    static boolean launched() {
        return launched;
    }

}
