package io.skyrack.app.globe;

import io.skyrack.core.orbit.EphemerisGrid;

/**
 * The Earth's orientation over an analysis window, in scene axes: the ITRF → EME2000 rotation at the plan epoch
 * followed by a spin about the Earth's axis at the sidereal rate.
 *
 * <p>Over a window of days the rotation ITRF → EME2000 is {@code PN · Rz(θ) · W}: precession–nutation
 * {@code PN} moves by about 0.14″ a day and polar motion {@code W} is zero without EOP data, so
 * {@code R(t) = R₀ · Rz(θ(t) − θ₀)} with {@code θ} advancing at the Earth's rotation rate is exact to well under
 * a pixel. The spin angle at the grid's first step is fitted to the grid itself (its inertial and Earth-fixed
 * positions of the same satellites), so the drawn Earth agrees with the engine's frames even when the window
 * starts long after the plan epoch.
 */
final class EarthRotation {

    /** Rotation rate of the Earth relative to inertial space (rad/s), the IERS Earth-rotation-angle rate. */
    static final double SIDEREAL_RATE = 7.292115146706979e-5;

    private final double[] epochRotation;
    private final double spinAtStart;

    /**
     * @param epochRotation ITRF → EME2000 at the plan epoch in scene axes, row-major 3×3
     * @param spinAtStart spin angle about the Earth's axis at the grid start, relative to the epoch (rad)
     */
    EarthRotation(double[] epochRotation, double spinAtStart) {
        if (epochRotation.length != 9) {
            throw new IllegalArgumentException("need a 3×3 rotation, got " + epochRotation.length + " elements");
        }
        this.epochRotation = epochRotation.clone();
        this.spinAtStart = spinAtStart;
    }

    /**
     * Fits the spin angle at the grid's first step: the rotation about the Earth's axis that best takes the
     * satellites' Earth-fixed positions onto their inertial ones seen through the epoch rotation.
     *
     * @param epochRotation ITRF → EME2000 at the plan epoch in scene axes, row-major 3×3
     * @param grid an ephemeris grid with at least one satellite and one step
     * @return the rotation over the grid's window
     */
    static EarthRotation fit(double[] epochRotation, EphemerisGrid grid) {
        double[] r = epochRotation;
        float[] f = new float[3];
        float[] in = new float[3];
        double cross = 0;
        double dot = 0;
        for (int s = 0; s < grid.satelliteCount(); s++) {
            int i = grid.index(s, 0);
            SceneUnits.toScene(grid.fixedX()[i], grid.fixedY()[i], grid.fixedZ()[i], f, 0);
            SceneUnits.toScene(grid.x()[i], grid.y()[i], grid.z()[i], in, 0);
            // b = R0ᵀ · inertial: where the point must be in the epoch-turned Earth-fixed axes
            double bx = r[0] * in[0] + r[3] * in[1] + r[6] * in[2];
            double bz = r[2] * in[0] + r[5] * in[1] + r[8] * in[2];
            // the spin turns the scene (x, z) plane (the Earth's axis is scene −y)
            cross += f[0] * bz - f[2] * bx;
            dot += f[0] * bx + f[2] * bz;
        }
        return new EarthRotation(epochRotation, Math.atan2(cross, dot));
    }

    /**
     * @param t seconds from the grid start
     * @return the spin angle about the Earth's axis relative to the epoch orientation (rad)
     */
    double spin(double t) {
        return spinAtStart + SIDEREAL_RATE * t;
    }

    /**
     * Writes the Earth-fixed → scene rotation at a time.
     *
     * @param t seconds from the grid start
     * @param out receives the row-major 3×3 rotation (scene axes)
     */
    void rotationAt(double t, double[] out) {
        compose(epochRotation, spin(t), out);
    }

    /**
     * Writes {@code R · S(angle)}, with {@code S} the rotation by {@code angle} about the Earth's axis in scene
     * axes (the inertial {@code Rz} seen through the scene's axis map).
     *
     * @param r row-major 3×3 rotation
     * @param angle spin angle (rad)
     * @param out receives the row-major product
     */
    static void compose(double[] r, double angle, double[] out) {
        double c = Math.cos(angle);
        double s = Math.sin(angle);
        // S = [[c, 0, −s], [0, 1, 0], [s, 0, c]]
        for (int row = 0; row < 3; row++) {
            double a = r[3 * row];
            double b = r[3 * row + 1];
            double d = r[3 * row + 2];
            out[3 * row] = a * c + d * s;
            out[3 * row + 1] = b;
            out[3 * row + 2] = -a * s + d * c;
        }
    }
}
