package io.skyrack.app.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.css.Stylesheet;

/**
 * The workbench's user-agent stylesheets: AtlantaFX's Primer light and dark themes, in JavaFX's binary stylesheet
 * form when the build has made it ({@code theme/primer-light.bss} and {@code primer-dark.bss} next to this class).
 * Parsing the 170 kB theme text took a fifth of a second of the FX thread at every start; loading the binary form
 * takes a few milliseconds. Without the binary form (a build that skipped it) the text is used, to the same effect.
 *
 * <p>{@link #main} writes the binary forms; the build runs it on the compiled classes.
 */
public final class ThemeStylesheets {

    private ThemeStylesheets() {
    }

    /**
     * @param dark the dark theme rather than the light one
     * @return URL of the stylesheet to hand {@code Application.setUserAgentStylesheet}
     */
    public static String userAgent(boolean dark) {
        URL binary = ThemeStylesheets.class.getResource(binaryName(dark));
        return binary != null ? binary.toExternalForm() : theme(dark).getUserAgentStylesheet();
    }

    /**
     * @param dark dark or light
     * @return the resource name of the binary form, relative to this class
     */
    static String binaryName(boolean dark) {
        return dark ? "primer-dark.bss" : "primer-light.bss";
    }

    /**
     * @param dark dark or light
     * @return AtlantaFX's theme
     */
    static Theme theme(boolean dark) {
        return dark ? new PrimerDark() : new PrimerLight();
    }

    /**
     * @param dark dark or light
     * @return the URL of the theme's text stylesheet inside the AtlantaFX jar
     */
    static URL text(boolean dark) {
        String name = theme(dark).getUserAgentStylesheet();
        URL url = Theme.class.getResource(name.startsWith("/") ? name : "/" + name);
        if (url == null) {
            throw new IllegalStateException("AtlantaFX stylesheet " + name + " is not on the class path");
        }
        return url;
    }

    /**
     * Converts both themes to JavaFX's binary stylesheet form.
     *
     * @param args the folder to write into (the compiled classes' {@code io/skyrack/app/theme})
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ThemeStylesheets OUTPUT_FOLDER");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (boolean dark : new boolean[] {false, true}) {
            Path css = Files.createTempFile("skyrack-theme", ".css");
            try (InputStream in = text(dark).openStream()) {
                Files.copy(in, css, StandardCopyOption.REPLACE_EXISTING);
            }
            Path tmp = out.resolve(binaryName(dark) + ".tmp");
            Stylesheet.convertToBinary(css.toFile(), tmp.toFile());
            Files.delete(css);
            Files.move(tmp, out.resolve(binaryName(dark)), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /**
     * @param file a binary stylesheet
     * @return it, loaded
     * @throws IOException when it cannot be read
     */
    static Stylesheet loadBinary(File file) throws IOException {
        return Stylesheet.loadBinary(file.toURI().toURL());
    }
}
