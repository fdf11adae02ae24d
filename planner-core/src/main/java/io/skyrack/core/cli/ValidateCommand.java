package io.skyrack.core.cli;

import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.validation.Finding;
import io.skyrack.gpu.GpuCatalog;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code skyrack validate PLAN}: exit 0 when valid, 2 with every finding otherwise. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a plan file and print every problem as POINTER: message.",
                "Exit code 0 when the plan is valid (warnings allowed), 2 when it has errors."})
final class ValidateCommand extends PlanCommand {

    @Override
    int run(PrintWriter out, PrintWriter err, GpuCatalog catalog, PlanFiles.LoadResult r) {
        long errors = r.findings().stream().filter(Finding::isError).count();
        long warnings = r.findings().size() - errors;
        for (Finding f : r.findings()) {
            out.println(f);
        }
        out.println(plan + ": " + (errors == 0 ? "valid" : "invalid") + " (" + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ")");
        return errors == 0 ? SkyrackCli.OK : SkyrackCli.INVALID_INPUT;
    }
}
