package io.skyrack.core.cli;

import io.skyrack.core.inventory.PlanInventory;
import io.skyrack.core.persistence.Numbers;
import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Constellation;
import io.skyrack.core.plan.Plan;
import io.skyrack.gpu.GpuCatalog;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code skyrack info PLAN}: satellites, TILEs, GPUs by profile and nominal TOPS. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Print what a plan puts in orbit: satellites, TILEs, GPUs by profile, nominal TOPS.")
final class InfoCommand extends PlanCommand {

    @Override
    int run(PrintWriter out, PrintWriter err, GpuCatalog catalog, PlanFiles.LoadResult r) {
        if (refuseInvalid(err, r)) {
            return SkyrackCli.INVALID_INPUT;
        }
        print(out, r.plan().get(), PlanInventory.of(r.plan().get(), catalog));
        return SkyrackCli.OK;
    }

    private static void print(PrintWriter out, Plan plan, PlanInventory inv) {
        out.println("Plan:          " + plan.name());
        out.println("Epoch:         " + plan.epoch());
        out.println("Constellations:");
        for (Constellation c : plan.constellations()) {
            out.printf(Locale.ROOT, "  %-24s %5d satellites, %d TILEs each%n", c.id(), c.satelliteCount(),
                    c.template().tileArray().slots().size());
        }
        out.println("Satellites:    " + inv.satellites());
        out.println("TILEs:         " + inv.tiles());
        out.println("GPUs:          " + inv.gpuCount());
        for (PlanInventory.GpuCount g : inv.gpus().values()) {
            out.printf(Locale.ROOT, "  %-24s %6d  %s  (%s TOPS at commanded modes)%n", g.profileId(), g.count(),
                    g.profileName(), tops(g.nominalTops()));
        }
        out.println("Nominal TOPS:  " + tops(inv.nominalTops()) + " INT8 sparse at commanded power modes (peak "
                + tops(inv.peakTops()) + ")");
        out.printf(Locale.ROOT, "GPU power:     %.1f kW at commanded modes%n", inv.commandedGpuPower() / 1000.0);
        out.printf(Locale.ROOT, "Launch mass:   %.0f kg (buses and TILEs)%n", inv.launchMass());
        out.println("Stations:      " + plan.groundStations().size());
        out.println("Workloads:     " + plan.workloads().size());
    }

    private static String tops(double v) {
        return Double.isNaN(v) ? "unpublished" : Numbers.format(Math.round(v * 10) / 10.0);
    }
}
