package io.skyrack.core.cli;

import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code skyrack validate PLAN}: exit 0 when valid, 2 with every finding otherwise. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a plan file and print every problem as POINTER: message.",
                "Exit code 0 when the plan is valid (warnings allowed), 2 when it has errors."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PLAN", description = "Plan file (*.skyrack.json), or sample:NAME for a built-in sample.")
    String plan;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            GpuCatalog catalog = common.catalog(err);
            PlanFiles.LoadResult r = PlanSource.load(plan, catalog);
            long errors = r.findings().stream().filter(Finding::isError).count();
            long warnings = r.findings().size() - errors;
            for (Finding f : r.findings()) {
                out.println(f);
            }
            out.println(plan + ": " + (errors == 0 ? "valid" : "invalid") + " (" + errors + " error"
                    + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ")");
            out.flush();
            return errors == 0 ? SkyrackCli.OK : SkyrackCli.INVALID_INPUT;
        } catch (PlanSource.InvalidInputException e) {
            err.println("skyrack validate: " + e.getMessage());
            return SkyrackCli.INVALID_INPUT;
        }
    }
}
