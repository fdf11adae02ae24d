package io.skyrack.core.bundle;

import io.skyrack.core.persistence.PlanFiles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Writes files into a staging folder and records the size and SHA-256 of each, for the manifest. */
final class StagedFiles {

    private final Path root;
    private final List<FileEntry> entries = new ArrayList<>();

    /** @param root the staging folder (exists) */
    StagedFiles(Path root) {
        this.root = root;
    }

    /** @return the staging folder */
    Path root() {
        return root;
    }

    /**
     * @param path bundle path
     * @param text content, written as UTF-8
     * @return the entry
     * @throws IOException when writing fails
     */
    FileEntry write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param path bundle path
     * @param bytes content
     * @return the entry
     * @throws IOException when writing fails
     */
    FileEntry write(String path, byte[] bytes) throws IOException {
        return write(path, out -> out.write(bytes));
    }

    /**
     * Streams a file into the staging folder, hashing it on the way.
     *
     * @param path bundle path
     * @param content writes the content
     * @return the entry
     * @throws IOException when writing fails
     */
    FileEntry write(String path, PlanFiles.Content content) throws IOException {
        Path file = BundleLayout.resolve(root, path);
        Files.createDirectories(file.getParent());
        MessageDigest digest = sha256();
        CountingStream counter;
        try (OutputStream raw = Files.newOutputStream(file);
             BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
             DigestOutputStream hashing = new DigestOutputStream(buffered, digest)) {
            counter = new CountingStream(hashing);
            content.writeTo(counter);
            counter.flush();
        }
        FileEntry e = new FileEntry(path, counter.count, HexFormat.of().formatHex(digest.digest()));
        synchronized (entries) {
            entries.add(e);
        }
        return e;
    }

    /** @return the entries written so far, sorted by path */
    List<FileEntry> entries() {
        synchronized (entries) {
            List<FileEntry> sorted = new ArrayList<>(entries);
            sorted.sort(Comparator.comparing(FileEntry::path));
            return sorted;
        }
    }

    /** @return a fresh SHA-256 digest */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * @param bytes content
     * @return SHA-256 as 64 lowercase hex digits
     */
    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** Counts the bytes written through it. */
    private static final class CountingStream extends java.io.FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
