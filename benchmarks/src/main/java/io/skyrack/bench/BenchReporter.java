package io.skyrack.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints benchmark results in the {@code BENCH name value unit} / {@code RATIO name value} format. */
public final class BenchReporter {

    private final PrintStream out;

    /** @param out the stream */
    public BenchReporter(PrintStream out) {
        this.out = out;
    }

    /**
     * @param name benchmark name
     * @param value measured value
     * @param unit unit of the value
     */
    public void bench(String name, double value, String unit) {
        out.printf(Locale.ROOT, "BENCH %s %.6g %s%n", name, value, unit);
        out.flush();
    }

    /**
     * @param name ratio name
     * @param value ratio (baseline time over measured time, so larger is better)
     */
    public void ratio(String name, double value) {
        out.printf(Locale.ROOT, "RATIO %s %.4g%n", name, value);
        out.flush();
    }

    /** @param text a comment line, prefixed with {@code #} */
    public void note(String text) {
        out.println("# " + text);
        out.flush();
    }
}
