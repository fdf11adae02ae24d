package io.skyrack.core.orbit;

import io.skyrack.core.orekit.OrekitContext;
import org.orekit.frames.Frame;
import org.orekit.frames.Transform;
import org.orekit.time.AbsoluteDate;

/**
 * Frame changes of the ephemeris grid, computed with Orekit once per time step and shared by every
 * satellite: EME2000 to ITRF as a flat array of 3×3 rotation matrices, TEME to EME2000 as transforms.
 */
final class StepRotations {

    private StepRotations() {
    }

    /**
     * @param orekit data context
     * @param dates step dates
     * @return the EME2000-to-ITRF rotation matrix of each step, row-major, 9 values per step
     */
    static double[] eme2000ToItrf(OrekitContext orekit, AbsoluteDate[] dates) {
        Frame eme = orekit.eme2000();
        Frame itrf = orekit.itrf();
        double[] m = new double[9 * dates.length];
        for (int k = 0; k < dates.length; k++) {
            double[][] r = eme.getTransformTo(itrf, dates[k]).getRotation().getMatrix();
            for (int row = 0; row < 3; row++) {
                System.arraycopy(r[row], 0, m, 9 * k + 3 * row, 3);
            }
        }
        return m;
    }

    /**
     * @param orekit data context
     * @param dates step dates
     * @return the TEME-to-EME2000 transform of each step
     */
    static Transform[] temeToEme2000(OrekitContext orekit, AbsoluteDate[] dates) {
        Frame teme = orekit.teme();
        Frame eme = orekit.eme2000();
        Transform[] t = new Transform[dates.length];
        for (int k = 0; k < dates.length; k++) {
            t[k] = teme.getTransformTo(eme, dates[k]);
        }
        return t;
    }

    /**
     * Rotates one satellite's inertial positions into the Earth-fixed frame.
     *
     * @param rotations one row-major matrix per step, from {@link #eme2000ToItrf}
     * @param steps number of steps
     * @param inertial {x, y, z, …} inertial positions (m)
     * @param fixed {x, y, z} Earth-fixed positions to write (m)
     * @param offset index of the satellite's first step in the arrays
     */
    static void apply(double[] rotations, int steps, double[][] inertial, double[][] fixed, int offset) {
        double[] x = inertial[0];
        double[] y = inertial[1];
        double[] z = inertial[2];
        double[] fx = fixed[0];
        double[] fy = fixed[1];
        double[] fz = fixed[2];
        for (int k = 0; k < steps; k++) {
            int i = offset + k;
            int m = 9 * k;
            double px = x[i];
            double py = y[i];
            double pz = z[i];
            fx[i] = rotations[m] * px + rotations[m + 1] * py + rotations[m + 2] * pz;
            fy[i] = rotations[m + 3] * px + rotations[m + 4] * py + rotations[m + 5] * pz;
            fz[i] = rotations[m + 6] * px + rotations[m + 7] * py + rotations[m + 8] * pz;
        }
    }
}
