package io.skyrack.gpu;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Immutable set of GPU profiles, keyed by id.
 *
 * <p>{@link #builtIn()} holds the profiles bundled with Skyrack; {@link #loadFolder(Path,
 * GpuCatalog)} adds a user's own profiles from a folder and returns a new catalog. Iteration is
 * always sorted by id, so everything derived from a catalog is deterministic.
 */
public final class GpuCatalog {

    /** Resource listing the bundled profile files, relative to this class's package. */
    static final String BUILT_IN_INDEX = "profiles/index.txt";

    private static final String BUILT_IN_FOLDER = "profiles/";

    private final SortedMap<String, GpuProfile> byId;

    private GpuCatalog(SortedMap<String, GpuProfile> byId) {
        this.byId = Collections.unmodifiableSortedMap(new TreeMap<>(byId));
    }

    /**
     * Builds a catalog from profiles.
     *
     * @param profiles the profiles, with distinct ids
     * @return the catalog
     * @throws IllegalArgumentException if two profiles share an id
     */
    public static GpuCatalog of(Collection<GpuProfile> profiles) {
        SortedMap<String, GpuProfile> byId = new TreeMap<>();
        for (GpuProfile profile : profiles) {
            if (byId.putIfAbsent(profile.id(), profile) != null) {
                throw new IllegalArgumentException("duplicate GPU profile id " + profile.id());
            }
        }
        return new GpuCatalog(byId);
    }

    /**
     * Returns the catalog of profiles bundled with Skyrack. Loaded once, on first use.
     *
     * @return the built-in catalog
     * @throws IllegalStateException if a bundled profile is missing or invalid (a build defect)
     */
    public static GpuCatalog builtIn() {
        return BuiltInHolder.CATALOG;
    }

    /**
     * Adds the profiles found in a folder to a base catalog.
     *
     * <p>Every regular file whose name ends in {@code .json} directly inside {@code dir} is read
     * and validated like a built-in profile, in file-name order. A file with problems is skipped
     * and reported; so is a profile whose id is already in {@code base} or in an earlier file.
     * Nothing here throws for bad user data: a missing folder or an unreadable file is a
     * finding too.
     *
     * @param dir folder holding the user's profile files
     * @param base catalog to add to, usually {@link #builtIn()}
     * @return the combined catalog and every finding
     */
    public static LoadResult loadFolder(Path dir, GpuCatalog base) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(base, "base");
        List<CatalogFinding> findings = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            findings.add(new CatalogFinding("", dir + ": not a folder of GPU profiles"));
            return new LoadResult(base, findings);
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries
                    .filter(Files::isRegularFile)
                    .filter(p -> fileName(p).toLowerCase(Locale.ROOT).endsWith(".json"))
                    .sorted(Comparator.comparing(GpuCatalog::fileName))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            findings.add(new CatalogFinding("", dir + ": cannot list the folder: " + e.getMessage()));
            return new LoadResult(base, findings);
        }
        GpuProfileReader reader = new GpuProfileReader();
        SortedMap<String, GpuProfile> merged = new TreeMap<>(base.byId);
        Map<String, String> userFileById = new HashMap<>();
        for (Path file : files) {
            String name = fileName(file);
            GpuProfileReader.ReadResult result;
            try {
                result = reader.read(file);
            } catch (IOException e) {
                findings.add(new CatalogFinding("", name + ": cannot read the file: " + e));
                continue;
            }
            findings.addAll(result.findings());
            if (result.profile().isEmpty()) {
                continue;
            }
            GpuProfile profile = result.profile().get();
            if (userFileById.containsKey(profile.id())) {
                findings.add(new CatalogFinding("/id", name + ": id \"" + profile.id()
                        + "\" is already used by " + userFileById.get(profile.id())
                        + "; file skipped"));
            } else if (merged.containsKey(profile.id())) {
                findings.add(new CatalogFinding("/id", name + ": id \"" + profile.id()
                        + "\" duplicates a built-in profile; choose another id; file skipped"));
            } else {
                merged.put(profile.id(), profile);
                userFileById.put(profile.id(), name);
            }
        }
        return new LoadResult(new GpuCatalog(merged), findings);
    }

    /**
     * Looks up a profile.
     *
     * @param id catalog id, such as {@code jetson-orin-nx-16gb}
     * @return the profile, or empty when the catalog has none with that id
     */
    public Optional<GpuProfile> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Returns all profiles.
     *
     * @return the profiles, sorted by id, unmodifiable
     */
    public List<GpuProfile> profiles() {
        return List.copyOf(byId.values());
    }

    /**
     * Returns all ids.
     *
     * @return the ids, sorted, unmodifiable
     */
    public Set<String> ids() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(byId.keySet()));
    }

    /**
     * Reads the bundled profiles and reports any problem instead of throwing.
     *
     * @return the catalog of every valid bundled profile and the findings of the others
     */
    static LoadResult loadBuiltIn() {
        GpuProfileReader reader = new GpuProfileReader();
        List<CatalogFinding> findings = new ArrayList<>();
        SortedMap<String, GpuProfile> byId = new TreeMap<>();
        for (String file : readIndex()) {
            byte[] json = readResource(BUILT_IN_FOLDER + file);
            if (json == null) {
                findings.add(new CatalogFinding("", file + ": listed in " + BUILT_IN_INDEX
                        + " but not bundled"));
                continue;
            }
            GpuProfileReader.ReadResult result = reader.read(file, json);
            findings.addAll(result.findings());
            result.profile().ifPresent(profile -> {
                if (byId.putIfAbsent(profile.id(), profile) != null) {
                    findings.add(new CatalogFinding("/id", file + ": duplicate id " + profile.id()));
                }
            });
        }
        return new LoadResult(new GpuCatalog(byId), findings);
    }

    /** Returns the file names listed in the index, skipping blank lines and # comments. */
    static List<String> readIndex() {
        byte[] index = readResource(BUILT_IN_INDEX);
        if (index == null) {
            throw new IllegalStateException("missing resource " + BUILT_IN_INDEX);
        }
        List<String> files = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new ByteArrayInputStream(index), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String file = line.strip();
                if (!file.isEmpty() && !file.startsWith("#")) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN_INDEX, e);
        }
        return files;
    }

    /** Reads a resource next to this class, or returns {@code null} when it does not exist. */
    private static byte[] readResource(String name) {
        try (InputStream in = GpuCatalog.class.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static String fileName(Path path) {
        return String.valueOf(path.getFileName());
    }

    /** Lazy, thread-safe holder of the built-in catalog. */
    private static final class BuiltInHolder {

        static final GpuCatalog CATALOG = load();

        private static GpuCatalog load() {
            LoadResult result = loadBuiltIn();
            if (!result.findings().isEmpty()) {
                throw new IllegalStateException("invalid built-in GPU profiles: "
                        + result.findings());
            }
            return result.catalog();
        }
    }

    /**
     * A catalog together with the problems met while building it.
     *
     * @param catalog the catalog of every profile that loaded
     * @param findings problems of the files that were skipped, each naming file and pointer
     */
    public record LoadResult(GpuCatalog catalog, List<CatalogFinding> findings) {

        /**
         * Creates a result, copying the findings.
         *
         * @param catalog the catalog of every profile that loaded
         * @param findings problems of the files that were skipped, each naming file and pointer
         * @throws NullPointerException if a component is {@code null}
         */
        public LoadResult {
            Objects.requireNonNull(catalog, "catalog");
            findings = List.copyOf(findings);
        }
    }
}
