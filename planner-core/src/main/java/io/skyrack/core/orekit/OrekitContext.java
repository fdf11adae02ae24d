package io.skyrack.core.orekit;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.orekit.data.ClasspathCrawler;
import org.orekit.data.DataContext;
import org.orekit.data.DirectoryCrawler;
import org.orekit.data.LazyLoadedDataContext;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.time.TimeScale;
import org.orekit.utils.IERSConventions;

/**
 * Skyrack's Orekit data context: the bundled leap-second table, optionally preceded by a user's
 * {@code orekit-data} folder.
 *
 * <p>Built once at start-up and passed along; nothing in Skyrack uses Orekit's global default context.
 * The folder is taken from, in order: the argument of {@link #fromSettings}, the {@code skyrack.orekit.data}
 * system property, the {@code SKYRACK_OREKIT_DATA} environment variable.
 */
public final class OrekitContext {

    /** Classpath resource holding the leap-second table. */
    public static final String LEAP_SECONDS_RESOURCE = "io/skyrack/core/orekit/UTC-TAI.history";
    /** System property naming a fuller orekit-data folder. */
    public static final String FOLDER_PROPERTY = "skyrack.orekit.data";
    /** Environment variable naming a fuller orekit-data folder. */
    public static final String FOLDER_ENV = "SKYRACK_OREKIT_DATA";

    private final DataContext context;
    private final Optional<Path> folder;

    private OrekitContext(DataContext context, Optional<Path> folder) {
        this.context = context;
        this.folder = folder;
    }

    /** @return a context with the bundled leap-second table only */
    public static OrekitContext bundled() {
        return create(Optional.empty());
    }

    /**
     * @param folder an orekit-data folder whose files take precedence over the bundled table
     * @return the context
     * @throws IllegalArgumentException when the folder does not exist
     */
    public static OrekitContext withFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("orekit-data folder " + folder + " does not exist or is not a folder");
        }
        return create(Optional.of(folder));
    }

    /**
     * @param option folder given on the command line, may be {@code null}
     * @return the context for the folder named by the option, the property or the environment, else bundled
     */
    public static OrekitContext fromSettings(Path option) {
        if (option != null) {
            return withFolder(option);
        }
        String prop = System.getProperty(FOLDER_PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return withFolder(Path.of(prop));
        }
        String env = System.getenv(FOLDER_ENV);
        if (env != null && !env.isBlank()) {
            return withFolder(Path.of(env));
        }
        return bundled();
    }

    private static OrekitContext create(Optional<Path> folder) {
        LazyLoadedDataContext ctx = new LazyLoadedDataContext();
        folder.ifPresent(f -> ctx.getDataProvidersManager().addProvider(new DirectoryCrawler(new File(f.toString()))));
        ctx.getDataProvidersManager().addProvider(
                new ClasspathCrawler(OrekitContext.class.getClassLoader(), LEAP_SECONDS_RESOURCE));
        return new OrekitContext(ctx, folder);
    }

    /** @return the Orekit data context */
    public DataContext dataContext() {
        return context;
    }

    /** @return the user's orekit-data folder, if one was given */
    public Optional<Path> folder() {
        return folder;
    }

    /** @return the UTC time scale */
    public TimeScale utc() {
        return context.getTimeScales().getUTC();
    }

    /** @return the EME2000 inertial frame */
    public Frame eme2000() {
        return context.getFrames().getEME2000();
    }

    /** @return the Earth-fixed ITRF (IERS 2010 conventions, simple EOP interpolation) */
    public Frame itrf() {
        return context.getFrames().getITRF(IERSConventions.IERS_2010, true);
    }

    /** @return the TEME frame of two-line elements */
    public Frame teme() {
        return context.getFrames().getTEME();
    }

    /**
     * @param instant UTC instant
     * @return the same instant as an Orekit date
     */
    public AbsoluteDate date(java.time.Instant instant) {
        return new AbsoluteDate(instant, utc());
    }
}
