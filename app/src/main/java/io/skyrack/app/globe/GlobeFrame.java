package io.skyrack.app.globe;

/**
 * What the globe shows at one instant, as reusable arrays that {@link GlobeTimeline#frame} overwrites: allocated
 * once per analysis so that drawing a frame allocates nothing.
 */
final class GlobeFrame {

    /** x, y, z per satellite in grid order (scene units). */
    final float[] positions;
    /** Visible fraction of the solar disk per satellite in grid order (0–1). */
    final float[] illumination;
    /** Earth-fixed → scene rotation, row-major 3×3. */
    final double[] earth = new double[9];
    /** Unit vector towards the Sun (scene axes). */
    final double[] sun = new double[3];
    /** Nodal drift of each constellation's orbit planes since the epoch, about the Earth's axis (rad). */
    final double[] ringSpin;
    /** Seconds from the grid start. */
    double time;
    /** The grid sample nearest to {@link #time}: links and contacts are those of this sample. */
    int step;

    /**
     * @param satellites satellites in the grid
     * @param constellations constellations in the plan
     */
    GlobeFrame(int satellites, int constellations) {
        positions = new float[3 * satellites];
        illumination = new float[satellites];
        ringSpin = new double[constellations];
    }
}
