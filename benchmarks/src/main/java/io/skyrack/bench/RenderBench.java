package io.skyrack.bench;

import io.skyrack.app.WorkbenchJvmOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The workbench's 3D view on screen, measured in child JVMs that run the app's render probe
 * ({@code io.skyrack.app.globe.RenderProbe}) with this JVM's class path:
 *
 * <ul>
 * <li>{@code fps_empty_globe}, {@code fps_walker1584} and their {@code RATIO fps_walker1584_vs_empty}: frames per
 * second rendered in one 1280×800 window showing the globe alone, then walker-1584 analysed and playing at 1,000×
 * with its 3,168 +Grid links, the camera turning in both, three interleaved pairs in one JVM (target ≥ 0.6);</li>
 * <li>{@code startup_empty_window}, {@code startup_workbench} and {@code RATIO startup_vs_empty_window}: wall time
 * from starting a JVM to the first rendered frame of an empty JavaFX window, and of the workbench showing its
 * default plan on the textured globe (started as {@code ./skyrack} starts it: its JVM options from
 * {@code workbench-jvm.options} and the class-data archive its first start writes); medians of five alternating
 * runs after one warm-up each (target ≤ 2), with {@code startup_workbench_plain_jvm} the workbench's start on a
 * plain JVM for comparison.</li>
 * </ul>
 *
 * <p>It needs a display: without {@code DISPLAY} it says so on standard error and prints no lines. On a headless
 * machine run it under Xvfb, for example {@code xvfb-run -a -s "-screen 0 1600x1000x24" ./skyrack bench render};
 * the child JVMs get {@code -Dprism.forceGPU=true}, without which JavaFX on Mesa has no 3D.
 */
public final class RenderBench implements BenchGroup {

    private static final String PROBE = "io.skyrack.app.globe.RenderProbe";
    private static final int STARTUP_RUNS = 5;

    @Override
    public String group() {
        return "render";
    }

    @Override
    public void run(BenchReporter out) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            System.err.println("skyrack bench render: skipped, no display (DISPLAY is not set). The 3D benchmarks "
                    + "render on screen; run them under a display, for example\n"
                    + "  xvfb-run -a -s \"-screen 0 1600x1000x24\" ./skyrack bench render");
            return;
        }
        Map<String, Double> fps = probe(List.of("-Xmx3g", "-Djavafx.animation.fullspeed=true"), "fps", "4");
        if (fps.containsKey("no3d")) {
            System.err.println("skyrack bench render: skipped, this display has no JavaFX 3D pipeline "
                    + "(even with -Dprism.forceGPU=true)");
            return;
        }
        double empty = fps.get("fps_empty_globe");
        double walker = fps.get("fps_walker1584");
        out.note("frames rendered per second in a 1280x800 window, camera turning at 10 deg/s; walker-1584 playing "
                + "at 1000x with its +Grid links; three interleaved pairs");
        out.bench("fps_empty_globe", empty, "fps");
        out.bench("fps_walker1584", walker, "fps");
        out.bench("frame_update_walker1584", fps.get("frame_update_walker1584_ms"), "ms");
        out.ratio("fps_walker1584_vs_empty", walker / empty);

        // The workbench starts as ./skyrack starts it: with its JVM options and a class-data archive, which the
        // first start after a build writes as it exits (here the warm-up run) and later starts map. The empty
        // window is a plain JavaFX program on a plain JVM. One warm-up of each (file cache, the archive), then
        // alternating measured runs; the workbench on a plain JVM too, for comparison.
        Path archive = Files.createTempDirectory("skyrack-bench-cds").resolve("workbench.jsa");
        List<String> options = new ArrayList<>(WorkbenchJvmOptions.read());
        options.addAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        List<String> dump = new ArrayList<>(options);
        dump.add("-XX:ArchiveClassesAtExit=" + archive);
        List<String> launcher = new ArrayList<>(options);
        launcher.add("-XX:SharedArchiveFile=" + archive);
        startup(List.of(), "startup-empty", false);
        startup(dump, "startup-workbench", true);
        if (!Files.isRegularFile(archive)) {
            System.err.println("skyrack bench render: the workbench wrote no class-data archive; measuring without");
            launcher = options;
        }
        startup(List.of(), "startup-workbench", false);
        double[] emptyRuns = new double[STARTUP_RUNS];
        double[] workbenchRuns = new double[STARTUP_RUNS];
        double[] plainRuns = new double[STARTUP_RUNS];
        for (int i = 0; i < STARTUP_RUNS; i++) {
            emptyRuns[i] = startup(List.of(), "startup-empty", false);
            workbenchRuns[i] = startup(launcher, "startup-workbench", false);
            plainRuns[i] = startup(List.of(), "startup-workbench", false);
        }
        Files.deleteIfExists(archive);
        Files.deleteIfExists(archive.getParent());
        double e = median(emptyRuns);
        double w = median(workbenchRuns);
        out.note("launch to first rendered frame, median of " + STARTUP_RUNS + " alternating runs; the workbench as "
                + "./skyrack starts it (its JVM options and class-data archive) and, for comparison, on a plain JVM");
        out.bench("startup_empty_window", e, "s");
        out.bench("startup_workbench", w, "s");
        out.bench("startup_workbench_plain_jvm", median(plainRuns), "s");
        out.ratio("startup_vs_empty_window", w / e);
    }

    /** Runs the probe and collects its {@code RESULT key value} lines. */
    private static Map<String, Double> probe(List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        Process p = start(jvmOptions, args);
        Map<String, Double> results = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.trim().split("\\s+");
                if (f.length >= 3 && f[0].equals("RESULT")) {
                    results.put(f[1], Double.parseDouble(f[2]));
                }
            }
        }
        finish(p, 600);
        if (!results.containsKey("no3d") && !results.containsKey("fps_walker1584")) {
            throw new IllegalStateException("the render probe gave no result (exit " + p.exitValue() + ")");
        }
        return results;
    }

    /**
     * Seconds from starting the probe's JVM to its {@code FIRST_FRAME} line.
     *
     * @param jvmOptions options of the probe's JVM
     * @param mode what it starts
     * @param untilExit wait for the JVM to exit by itself (it writes its class-data archive as it exits)
     */
    private static double startup(List<String> jvmOptions, String mode, boolean untilExit)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = start(jvmOptions, mode);
        double seconds = Double.NaN;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.trim().equals("FIRST_FRAME")) {
                    seconds = (System.nanoTime() - t0) * 1e-9;
                    break;
                }
            }
        }
        if (!untilExit) {
            p.destroy();
        }
        finish(p, 120);
        if (Double.isNaN(seconds)) {
            throw new IllegalStateException("the render probe (" + mode + ") never showed a frame");
        }
        return seconds;
    }

    private static Process start(List<String> jvmOptions, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        // Mesa under Xvfb fails JavaFX's GPU check; without this JavaFX falls back to a pipeline with no 3D
        cmd.add("-Dprism.forceGPU=true");
        cmd.addAll(jvmOptions.stream().filter(o -> !o.equals("-Dprism.forceGPU=true")).toList());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(PROBE);
        cmd.addAll(Arrays.asList(args));
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void finish(Process p, long seconds) throws InterruptedException {
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor();
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
