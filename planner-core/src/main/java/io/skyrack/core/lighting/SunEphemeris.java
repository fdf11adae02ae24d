package io.skyrack.core.lighting;

import io.skyrack.core.orekit.OrekitContext;
import java.time.Instant;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.bodies.AnalyticalSolarPositionProvider;
import org.orekit.errors.OrekitException;
import org.orekit.frames.Frame;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.ExtendedPositionProvider;

/**
 * The Sun's position in EME2000 at each step of a time grid, structure-of-arrays.
 *
 * <p>Uses Orekit's analytical solar model (no data files needed; good to about 0.01°), or the JPL
 * ephemerides when the user configured a full orekit-data folder that contains them.
 *
 * @param x EME2000 x per step (m)
 * @param y EME2000 y per step (m)
 * @param z EME2000 z per step (m)
 * @param source which model produced the positions
 */
public record SunEphemeris(double[] x, double[] y, double[] z, String source) {

    /** Mean radius of the Sun's photosphere (m), as Orekit's {@code Constants.SUN_RADIUS}. */
    public static final double SUN_RADIUS = org.orekit.utils.Constants.SUN_RADIUS;

    /**
     * @param orekit data context
     * @return the Sun model: JPL ephemerides when the user's folder has them, the analytical model otherwise
     */
    public static ExtendedPositionProvider provider(OrekitContext orekit) {
        if (orekit.folder().isPresent()) {
            try {
                ExtendedPositionProvider sun = orekit.dataContext().getCelestialBodies().getSun();
                sun.getPosition(AbsoluteDate.J2000_EPOCH, orekit.eme2000());
                return sun;
            } catch (OrekitException e) {
                // the folder has no planetary ephemerides: the analytical model serves
            }
        }
        return new AnalyticalSolarPositionProvider(orekit.dataContext());
    }

    /**
     * @param orekit data context
     * @param start time of step 0
     * @param step step (s)
     * @param steps number of steps
     * @return the Sun at each step
     */
    public static SunEphemeris compute(OrekitContext orekit, Instant start, double step, int steps) {
        ExtendedPositionProvider sun = provider(orekit);
        Frame eme = orekit.eme2000();
        AbsoluteDate t0 = orekit.date(start);
        double[] x = new double[steps];
        double[] y = new double[steps];
        double[] z = new double[steps];
        for (int k = 0; k < steps; k++) {
            Vector3D p = sun.getPosition(t0.shiftedBy(k * step), eme);
            x[k] = p.getX();
            y[k] = p.getY();
            z[k] = p.getZ();
        }
        String source = sun instanceof AnalyticalSolarPositionProvider ? "Orekit analytical solar model"
                : "JPL ephemerides";
        return new SunEphemeris(x, y, z, source);
    }

    /**
     * @param k step
     * @return unit vector towards the Sun from the Earth's centre at step {@code k}
     */
    public Vector3D direction(int k) {
        return new Vector3D(x[k], y[k], z[k]).normalize();
    }
}
