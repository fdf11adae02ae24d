package io.skyrack.core.persistence;

import io.skyrack.core.plan.Plan;
import io.skyrack.core.validation.Finding;
import io.skyrack.core.validation.PlanValidator;
import io.skyrack.gpu.GpuCatalog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads and saves plan files; saving is atomic so an interrupted save never destroys the previous file. */
public final class PlanFiles {

    /** File name suffix of plan files. */
    public static final String SUFFIX = ".skyrack.json";

    private PlanFiles() {
    }

    /**
     * A loaded plan with every finding (reading and validation), located in the text.
     *
     * @param plan the plan when it could be built (it may still have errors from validation)
     * @param findings all findings
     */
    public record LoadResult(Optional<Plan> plan, List<Finding> findings) {

        /** @return true when any finding is an error */
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    /**
     * Reads and validates plan text.
     *
     * @param text file content
     * @param catalog GPU profiles for reference checks
     * @return plan and findings
     */
    public static LoadResult parse(String text, GpuCatalog catalog) {
        PlanCodec.ReadResult read = PlanCodec.read(text);
        List<Finding> findings = new ArrayList<>(read.findings());
        if (read.plan().isPresent()) {
            for (Finding f : PlanValidator.semantics(read.plan().get(), catalog)) {
                int[] loc = read.source().locate(f.path());
                findings.add(f.at(loc[0], loc[1]));
            }
        }
        return new LoadResult(read.plan(), List.copyOf(findings));
    }

    /**
     * Reads and validates a plan file.
     *
     * @param file plan file
     * @param catalog GPU profiles for reference checks
     * @return plan and findings; a file that is not UTF-8 text gives a finding
     * @throws IOException when the file cannot be read
     */
    public static LoadResult load(Path file, GpuCatalog catalog) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new LoadResult(Optional.empty(), List.of(Finding.error("", "file.encoding",
                    "the file is not UTF-8 text")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, catalog);
    }

    /**
     * Saves a plan atomically: writes a temporary file in the same folder, forces it to disk, then renames
     * it over the target.
     *
     * @param file target file
     * @param plan the plan
     * @throws IOException when writing fails; the previous file is then untouched
     */
    public static void save(Path file, Plan plan) throws IOException {
        writeAtomically(file, PlanCodec.write(plan).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes bytes to a file atomically.
     *
     * @param file target
     * @param content bytes
     * @throws IOException when writing fails; the previous file is then untouched
     */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        writeAtomically(file, out -> out.write(content));
    }

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the stream (buffered by the caller)
         * @throws IOException when writing fails
         */
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically from a stream, for files too large to hold in memory: the content goes to a
     * temporary file in the same folder, is flushed to disk, and replaces the target by an atomic rename. A
     * failure leaves the old file untouched.
     *
     * @param file target file
     * @param content writes the content
     * @throws IOException when the file cannot be written
     */
    public static void writeAtomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            keepPermissions(target, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.io.OutputStream raw = java.nio.channels.Channels.newOutputStream(ch);
                java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(raw, 1 << 16);
                content.writeTo(buffered);
                buffered.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            fsyncDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Gives the new file the old one's permissions, or rw-r--r-- (temporary files start as rw-------). */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    private static void fsyncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // some file systems cannot open a directory for syncing; the rename itself is still atomic
        }
    }
}
