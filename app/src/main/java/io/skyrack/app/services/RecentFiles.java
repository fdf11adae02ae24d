package io.skyrack.app.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The most recently opened plan files, remembered between runs in the user's preferences. */
public final class RecentFiles {

    /** How many files are remembered. */
    public static final int LIMIT = 8;

    private final Preferences prefs;

    /** @param prefs preferences node to store the list in */
    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    /** @return the files, most recent first */
    public List<Path> list() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String v = prefs.get("recent." + i, null);
            if (v != null) {
                out.add(Path.of(v));
            }
        }
        return out;
    }

    /**
     * Moves a file to the top of the list.
     *
     * @param file the file opened or saved
     * @return the new list
     */
    public List<Path> add(Path file) {
        List<Path> list = list();
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        while (list.size() > LIMIT) {
            list.remove(list.size() - 1);
        }
        for (int i = 0; i < LIMIT; i++) {
            if (i < list.size()) {
                prefs.put("recent." + i, list.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience; losing it is not worth interrupting the user
        }
        return list;
    }
}
