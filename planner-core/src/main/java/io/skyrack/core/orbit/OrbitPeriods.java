package io.skyrack.core.orbit;

/** Orbital periods measured on an ephemeris grid. */
public final class OrbitPeriods {

    private OrbitPeriods() {
    }

    /**
     * The draconic period: the time between the satellite's first two ascending-node crossings of the EME2000
     * equator on the grid, each interpolated linearly between the two samples around it. It is the period with
     * which a satellite's lighting repeats (apart from the Sun's ~4 arc-minutes per orbit), free of the ±13 s
     * spread that J2's short-period terms give the osculating Keplerian period of a single state.
     *
     * @param grid ephemeris grid
     * @param satellite satellite index
     * @return the period (s), or NaN when the grid holds fewer than two ascending nodes
     */
    public static double draconic(EphemerisGrid grid, int satellite) {
        double first = Double.NaN;
        for (int k = 1; k < grid.stepCount(); k++) {
            double z0 = grid.z()[grid.index(satellite, k - 1)];
            double z1 = grid.z()[grid.index(satellite, k)];
            if (z0 < 0 && z1 >= 0) {
                double t = grid.time(k - 1) + grid.step() * (-z0 / (z1 - z0));
                if (Double.isNaN(first)) {
                    first = t;
                } else {
                    return t - first;
                }
            }
        }
        return Double.NaN;
    }

    /**
     * @param grid ephemeris grid
     * @param satellite satellite index
     * @return the Keplerian period of the osculating state at the first step (s), NaN when not elliptic
     */
    public static double keplerian(EphemerisGrid grid, int satellite) {
        int j = grid.index(satellite, 0);
        double r = Math.sqrt(grid.x()[j] * grid.x()[j] + grid.y()[j] * grid.y()[j] + grid.z()[j] * grid.z()[j]);
        double v2 = grid.vx()[j] * grid.vx()[j] + grid.vy()[j] * grid.vy()[j] + grid.vz()[j] * grid.vz()[j];
        double a = 1.0 / (2.0 / r - v2 / EarthConstants.MU);
        return a > 0 ? 2 * Math.PI * Math.sqrt(a * a * a / EarthConstants.MU) : Double.NaN;
    }

    /**
     * @param grid ephemeris grid
     * @param satellite satellite index
     * @return the draconic period when the grid covers two ascending nodes, else the osculating Keplerian one (s)
     */
    public static double best(EphemerisGrid grid, int satellite) {
        double d = draconic(grid, satellite);
        return d > 0 ? d : keplerian(grid, satellite);
    }
}
