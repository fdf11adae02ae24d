package io.skyrack.app.edit;

import io.skyrack.core.persistence.PlanFiles;
import io.skyrack.core.plan.Plan;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Recovery files of the working copy. Each running workbench writes its unsaved plan to
 * {@code recovery-PID.skyrack.json} (a plain plan file, written atomically) with a small
 * {@code recovery-PID.properties} beside it naming the file the plan came from and when it was written. A clean
 * exit, a save or discarding the changes deletes them; files left by a process that is no longer running are what
 * a crash (or kill -9) left behind, and the next start offers to restore them.
 */
public final class RecoveryStore {

    /** System property overriding the folder (tests, several users on one account). */
    public static final String DIR_PROPERTY = "skyrack.recovery.dir";
    private static final String PREFIX = "recovery-";

    /**
     * A recovery file left by a process that ended without cleaning up.
     *
     * @param planFile the plan file in the recovery folder
     * @param origin the file the plan was opened from or last saved to, if any
     * @param label what the window showed (file name or sample)
     * @param savedAt when the recovery file was written
     */
    public record Recovered(Path planFile, Optional<Path> origin, String label, Instant savedAt) {
    }

    private final Path dir;
    private final long pid;

    /**
     * @param dir recovery folder (created on first write)
     * @param pid this process' id
     */
    public RecoveryStore(Path dir, long pid) {
        this.dir = dir;
        this.pid = pid;
    }

    /** @return the store in {@code ~/.skyrack/recovery} (or {@value #DIR_PROPERTY}) for this process */
    public static RecoveryStore forThisProcess() {
        String configured = System.getProperty(DIR_PROPERTY);
        Path d = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".skyrack", "recovery");
        return new RecoveryStore(d, ProcessHandle.current().pid());
    }

    /** @return this process' recovery plan file */
    public Path planFile() {
        return dir.resolve(PREFIX + pid + PlanFiles.SUFFIX);
    }

    private Path metaFile(Path plan) {
        String name = plan.getFileName().toString();
        return plan.resolveSibling(name.substring(0, name.length() - PlanFiles.SUFFIX.length()) + ".properties");
    }

    /**
     * Writes the working copy atomically (plan first, then its description; a crash between the two leaves a
     * plan without an origin, which still restores).
     *
     * @param plan the working copy
     * @param origin its file, or {@code null}
     * @param label what the window shows as its source
     * @throws IOException when the folder cannot be written
     */
    public void write(Plan plan, Path origin, String label) throws IOException {
        Path file = planFile();
        PlanFiles.save(file, plan);
        Properties meta = new Properties();
        if (origin != null) {
            meta.setProperty("origin", origin.toAbsolutePath().toString());
        }
        meta.setProperty("label", label == null ? "" : label);
        meta.setProperty("savedAt", Instant.now().toString());
        StringWriter w = new StringWriter();
        meta.store(w, "Skyrack recovery file description");
        PlanFiles.writeAtomically(metaFile(file), w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Deletes this process' recovery files (the plan was saved, the changes discarded, or the app closed). */
    public void clear() {
        delete(planFile());
    }

    /**
     * Deletes a recovery file and its description.
     *
     * @param planFile a recovery plan file
     */
    public void delete(Path planFile) {
        try {
            Files.deleteIfExists(planFile);
            Files.deleteIfExists(metaFile(planFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return recovery files of processes that are no longer running, newest first
     */
    public List<Recovered> orphans() {
        List<Recovered> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*" + PlanFiles.SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String id = name.substring(PREFIX.length(), name.length() - PlanFiles.SUFFIX.length());
                long owner;
                try {
                    owner = Long.parseLong(id);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (owner == pid || ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                found.add(describe(f));
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(Recovered::savedAt).reversed());
        return found;
    }

    private Recovered describe(Path f) throws IOException {
        Properties meta = new Properties();
        Path m = metaFile(f);
        if (Files.isRegularFile(m)) {
            meta.load(new StringReader(Files.readString(m, StandardCharsets.UTF_8)));
        }
        Instant at;
        try {
            at = Instant.parse(meta.getProperty("savedAt"));
        } catch (RuntimeException e) {
            at = Files.getLastModifiedTime(f).toInstant();
        }
        String origin = meta.getProperty("origin");
        return new Recovered(f, Optional.ofNullable(origin).filter(s -> !s.isBlank()).map(Path::of),
                meta.getProperty("label", f.getFileName().toString()), at);
    }
}
