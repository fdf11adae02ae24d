package io.skyrack.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The workbench's JVM options, kept in one file ({@code workbench-jvm.options} next to this class) that
 * {@code ./skyrack}, the start-up benchmark and the packaging script all read.
 */
public final class WorkbenchJvmOptions {

    /** Resource name, relative to this class. */
    static final String RESOURCE = "workbench-jvm.options";

    private WorkbenchJvmOptions() {
    }

    /** @return the options in file order, comments and blank lines left out */
    public static List<String> read() {
        try (InputStream in = WorkbenchJvmOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> parse(BufferedReader r) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int hash = line.indexOf('#');
            String option = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!option.isEmpty()) {
                out.add(option);
            }
        }
        return List.copyOf(out);
    }
}
