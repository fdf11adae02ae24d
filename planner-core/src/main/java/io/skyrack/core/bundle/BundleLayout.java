package io.skyrack.core.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where each file sits in a bundle, and the rules that keep names from a plan inside the bundle folder.
 *
 * <p>A bundle path is relative, uses {@code /} between segments, and each segment matches
 * {@link #SEGMENT}: letters, digits, dot, underscore and hyphen, not starting with a dot. So no path can be
 * absolute, climb with {@code ..}, hide as a dot file, or carry a separator of another platform.
 */
public final class BundleLayout {

    /** The manifest: every other file with its size and SHA-256. */
    public static final String MANIFEST = "manifest.json";
    /** The detached Ed25519 signature of the manifest's bytes. */
    public static final String SIGNATURE = "manifest.sig";
    /** The cluster record of intent, JSON. */
    public static final String CLUSTER_JSON = "cluster.json";
    /** The cluster record of intent, YAML (on request). */
    public static final String CLUSTER_YAML = "cluster.yaml";
    /** The plan itself, canonical JSON. */
    public static final String PLAN = "plan.skyrack.json";
    /** The Cesium scene. */
    public static final String SCENE = "scene.czml";
    /** JSON Schema of the manifest. */
    public static final String MANIFEST_SCHEMA = "schemas/manifest.schema.json";
    /** JSON Schema of the cluster record. */
    public static final String CLUSTER_SCHEMA = "schemas/cluster.schema.json";
    /** Folder of the CCSDS OEM files, one per satellite. */
    public static final String EPHEMERIS_DIR = "ephemeris/";
    /** Folder of the CCSDS OMM files, one per satellite. */
    public static final String ELEMENTS_DIR = "elements/";

    /** One path segment. */
    public static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");

    private static final int MAX_STEM = 80;

    private BundleLayout() {
    }

    /**
     * @param path a path as written in a manifest
     * @return true when it is a safe relative bundle path (see the class comment)
     */
    public static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.length() > 400) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals("..") || segment.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Resolves a bundle path under a folder, refusing anything that would land outside it.
     *
     * @param root the bundle folder
     * @param path a bundle path
     * @return the file
     * @throws IllegalArgumentException when the path is not safe
     */
    public static Path resolve(Path root, String path) {
        if (!isSafe(path)) {
            throw new IllegalArgumentException("unsafe bundle path: " + path);
        }
        Path base = root.toAbsolutePath().normalize();
        Path p = base.resolve(path).normalize();
        if (!p.startsWith(base) || p.equals(base)) {
            throw new IllegalArgumentException("bundle path escapes the bundle: " + path);
        }
        return p;
    }

    /**
     * Turns names from a plan into file-name stems, one per name in the same order: characters outside
     * {@code [A-Za-z0-9._-]} become {@code _}, a leading dot becomes {@code _}, a trailing dot is dropped,
     * long names are cut, and stems that would clash on a case-insensitive file system get {@code _2},
     * {@code _3}, … appended. Plan names are already restricted to these characters, so a valid plan keeps
     * its names; the rules exist for plans built in code.
     *
     * @param names names, in a fixed order
     * @return stems, same order, unique ignoring case
     */
    public static List<String> stems(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        Set<String> taken = new HashSet<>();
        for (String name : names) {
            String base = sanitize(name);
            String stem = base;
            for (int n = 2; !taken.add(stem.toLowerCase(Locale.ROOT)); n++) {
                stem = base + "_" + n;
            }
            out.add(stem);
        }
        return out;
    }

    /**
     * @param name any name
     * @return a safe file-name stem
     */
    static String sanitize(String name) {
        StringBuilder sb = new StringBuilder(Math.min(name.length(), MAX_STEM));
        for (int i = 0; i < name.length() && sb.length() < MAX_STEM; i++) {
            char c = name.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.';
            sb.append(ok ? c : '_');
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '.') {
            sb.setLength(sb.length() - 1);
        }
        if (sb.length() == 0) {
            return "_";
        }
        if (sb.charAt(0) == '.') {
            sb.setCharAt(0, '_');
        }
        return sb.toString();
    }
}
