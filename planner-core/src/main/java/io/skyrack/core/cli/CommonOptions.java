package io.skyrack.core.cli;

import io.skyrack.gpu.CatalogFinding;
import io.skyrack.gpu.GpuCatalog;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read plans. */
final class CommonOptions {

    @Option(names = "--gpu-profiles", paramLabel = "DIR",
            description = "Folder of extra GPU profile files (*.json) added to the built-in catalog.")
    Path gpuProfiles;

    /**
     * @param err where catalog problems are reported
     * @return the built-in catalog plus the user's folder
     */
    GpuCatalog catalog(PrintWriter err) {
        GpuCatalog base = GpuCatalog.builtIn();
        if (gpuProfiles == null) {
            return base;
        }
        if (!Files.isDirectory(gpuProfiles)) {
            throw new PlanSource.InvalidInputException("--gpu-profiles: " + gpuProfiles + " is not a folder");
        }
        GpuCatalog.LoadResult r = GpuCatalog.loadFolder(gpuProfiles, base);
        for (CatalogFinding f : r.findings()) {
            err.println("gpu-profiles: " + f);
        }
        return r.catalog();
    }
}
