package io.skyrack.core.cli;

import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.gpu.GpuCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** A command that reads one plan: resolves the PLAN argument and the GPU catalog, and maps bad input to exit 2. */
abstract class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN",
            description = "Plan file (*.skyrack.json), or sample:NAME for a built-in sample.")
    String plan;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            GpuCatalog catalog = common.catalog(err);
            int code = run(out, err, catalog, PlanSource.load(plan, catalog));
            out.flush();
            err.flush();
            return code;
        } catch (PlanSource.InvalidInputException e) {
            err.println("skyrack " + spec.name() + ": " + e.getMessage());
            err.flush();
            return SkyrackCli.INVALID_INPUT;
        }
    }

    /**
     * @param out standard output
     * @param err standard error
     * @param catalog GPU profiles
     * @param loaded the plan and its findings
     * @return exit code
     */
    abstract int run(PrintWriter out, PrintWriter err, GpuCatalog catalog, PlanFiles.LoadResult loaded);

    /**
     * Prints a plan's errors and how to see them all when it cannot be used.
     *
     * @param err standard error
     * @param loaded the plan as read
     * @return true when the plan has errors (the command then exits with {@link SkyrackCli#INVALID_INPUT})
     */
    final boolean refuseInvalid(PrintWriter err, PlanFiles.LoadResult loaded) {
        if (!loaded.hasErrors() && loaded.plan().isPresent()) {
            return false;
        }
        loaded.findings().stream().filter(io.skyrack.core.validation.Finding::isError).forEach(err::println);
        err.println("skyrack " + spec.name() + ": " + plan + " is not valid; run 'skyrack validate " + plan + "'");
        return true;
    }
}
