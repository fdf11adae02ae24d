package io.skyrack.app.globe;

import io.skyrack.core.orbit.EarthConstants;
import org.hipparchus.geometry.euclidean.threed.Vector3D;

/** Conversions from SI inertial coordinates to 3D scene coordinates. */
public final class SceneUnits {

    /** Scene units per Earth equatorial radius. */
    public static final double PER_EARTH_RADIUS = 100.0;
    /** Metres per scene unit. */
    public static final double METRES = EarthConstants.EQUATORIAL_RADIUS / PER_EARTH_RADIUS;

    private SceneUnits() {
    }

    /**
     * Maps an inertial (or Earth-fixed) vector to scene axes: (x, y, z) → (x, −z, y), a proper rotation
     * that puts the Earth's north up on screen.
     *
     * @param v vector (m)
     * @param out receives x, y, z in scene units at {@code offset}
     * @param offset index in {@code out}
     */
    public static void toScene(Vector3D v, float[] out, int offset) {
        out[offset] = (float) (v.getX() / METRES);
        out[offset + 1] = (float) (-v.getZ() / METRES);
        out[offset + 2] = (float) (v.getY() / METRES);
    }

    /**
     * Maps an inertial (or Earth-fixed) position given by its components to scene axes, as
     * {@link #toScene(Vector3D, float[], int)}.
     *
     * @param x x (m)
     * @param y y (m)
     * @param z z (m)
     * @param out receives x, y, z in scene units at {@code offset}
     * @param offset index in {@code out}
     */
    public static void toScene(double x, double y, double z, float[] out, int offset) {
        out[offset] = (float) (x / METRES);
        out[offset + 1] = (float) (-z / METRES);
        out[offset + 2] = (float) (y / METRES);
    }

    /**
     * @param m row-major 3×3 rotation in inertial axes
     * @return the same rotation in scene axes (C · m · Cᵀ with C the axis map)
     */
    public static double[] rotationToScene(double[][] m) {
        // C maps (x, y, z) -> (x, -z, y)
        double[][] c = {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}};
        double[][] cm = multiply(c, m);
        double[][] ct = {{1, 0, 0}, {0, 0, 1}, {0, -1, 0}};
        double[][] r = multiply(cm, ct);
        return new double[] {r[0][0], r[0][1], r[0][2], r[1][0], r[1][1], r[1][2], r[2][0], r[2][1], r[2][2]};
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = 0;
                for (int k = 0; k < 3; k++) {
                    s += a[i][k] * b[k][j];
                }
                r[i][j] = s;
            }
        }
        return r;
    }
}
