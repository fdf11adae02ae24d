package io.skyrack.core.testing;

import io.skyrack.core.orbit.EarthConstants;
import io.skyrack.core.orbit.EphemerisGrid;
import io.skyrack.core.orbit.SatelliteOrbit;
import io.skyrack.core.orekit.OrekitContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.geometry.euclidean.threed.Vector3D;
import org.orekit.frames.Transform;
import org.orekit.propagation.PropagationType;
import org.orekit.propagation.Propagator;
import org.orekit.propagation.analytical.EcksteinHechlerPropagator;
import org.orekit.propagation.analytical.KeplerianPropagator;
import org.orekit.propagation.analytical.tle.TLEPropagator;
import org.orekit.time.AbsoluteDate;
import org.orekit.utils.Constants;
import org.orekit.utils.PVCoordinates;

/** Ephemeris grids built slowly and plainly with Orekit's own propagators, as a reference for tests. */
public final class ReferenceGrids {

    private ReferenceGrids() {
    }

    /** Which Orekit propagator to use. */
    public enum Model {
        /** Eckstein-Hechler with the initial elements as mean elements. */
        ECKSTEIN_HECHLER_MEAN,
        /** Eckstein-Hechler with the initial elements as osculating elements. */
        ECKSTEIN_HECHLER_OSCULATING,
        /** Two-body. */
        KEPLERIAN
    }

    /**
     * @param orekit data context
     * @param sat satellite and initial orbit
     * @param model propagator (ignored for TLE satellites, which use SGP4)
     * @return an Orekit propagator for it
     */
    public static Propagator propagator(OrekitContext orekit, SatelliteOrbit sat, Model model) {
        if (sat.tle().isPresent()) {
            return TLEPropagator.selectExtrapolator(sat.tle().get(), orekit.teme());
        }
        switch (model) {
            case KEPLERIAN:
                return new KeplerianPropagator(sat.orbit());
            case ECKSTEIN_HECHLER_OSCULATING:
                return new EcksteinHechlerPropagator(sat.orbit(), Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS,
                        EarthConstants.MU, Constants.EIGEN5C_EARTH_C20, Constants.EIGEN5C_EARTH_C30,
                        Constants.EIGEN5C_EARTH_C40, Constants.EIGEN5C_EARTH_C50, Constants.EIGEN5C_EARTH_C60);
            default:
                return new EcksteinHechlerPropagator(sat.orbit(),
                        new org.orekit.attitudes.FrameAlignedProvider(orekit.eme2000()), 1000.0,
                        Constants.EIGEN5C_EARTH_EQUATORIAL_RADIUS, EarthConstants.MU, Constants.EIGEN5C_EARTH_C20,
                        Constants.EIGEN5C_EARTH_C30, Constants.EIGEN5C_EARTH_C40, Constants.EIGEN5C_EARTH_C50,
                        Constants.EIGEN5C_EARTH_C60, PropagationType.MEAN);
        }
    }

    /**
     * @param orekit data context
     * @param sats satellites
     * @param model propagator
     * @param start first step
     * @param step step (s)
     * @param steps number of steps
     * @return the grid
     */
    public static EphemerisGrid build(OrekitContext orekit, List<SatelliteOrbit> sats, Model model, Instant start,
                                      double step, int steps) {
        int n = sats.size();
        double[][] in = new double[6][n * steps];
        double[][] fx = new double[3][n * steps];
        AbsoluteDate t0 = orekit.date(start);
        Transform[] toFixed = new Transform[steps];
        for (int k = 0; k < steps; k++) {
            toFixed[k] = orekit.eme2000().getTransformTo(orekit.itrf(), t0.shiftedBy(k * step));
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(sats.get(i).name());
            Propagator p = propagator(orekit, sats.get(i), model);
            for (int k = 0; k < steps; k++) {
                PVCoordinates pv = p.propagate(t0.shiftedBy(k * step)).getPVCoordinates(orekit.eme2000());
                int j = i * steps + k;
                in[0][j] = pv.getPosition().getX();
                in[1][j] = pv.getPosition().getY();
                in[2][j] = pv.getPosition().getZ();
                in[3][j] = pv.getVelocity().getX();
                in[4][j] = pv.getVelocity().getY();
                in[5][j] = pv.getVelocity().getZ();
                Vector3D f = toFixed[k].transformPosition(pv.getPosition());
                fx[0][j] = f.getX();
                fx[1][j] = f.getY();
                fx[2][j] = f.getZ();
            }
        }
        return new EphemerisGrid(names, start, step, steps, in, fx);
    }

    /**
     * @param orekit data context
     * @param when an instant
     * @return the Earth's rotation axis (ITRF z) in EME2000 at that instant
     */
    public static double[] pole(OrekitContext orekit, Instant when) {
        Vector3D p = orekit.itrf().getTransformTo(orekit.eme2000(), orekit.date(when)).transformVector(Vector3D.PLUS_K);
        return new double[] {p.getX(), p.getY(), p.getZ()};
    }
}
