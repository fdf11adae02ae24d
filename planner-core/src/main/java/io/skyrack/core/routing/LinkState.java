package io.skyrack.core.routing;

/** Crosslinks as the router sees them: pairs of satellites with their state and range at each grid step. */
public interface LinkState {

    /** @return number of candidate pairs */
    int pairCount();

    /**
     * @param pair pair index
     * @return grid index of the first satellite
     */
    int satelliteA(int pair);

    /**
     * @param pair pair index
     * @return grid index of the second satellite
     */
    int satelliteB(int pair);

    /**
     * @param pair pair index
     * @param step grid step
     * @return true when the link is up at that step
     */
    boolean isUp(int pair, int step);

    /**
     * @param pair pair index
     * @param step grid step
     * @return range between the two satellites at that step (m)
     */
    double range(int pair, int step);

    /** A network without crosslinks. */
    LinkState NONE = new LinkState() {
        @Override
        public int pairCount() {
            return 0;
        }

        @Override
        public int satelliteA(int pair) {
            throw new IndexOutOfBoundsException(pair);
        }

        @Override
        public int satelliteB(int pair) {
            throw new IndexOutOfBoundsException(pair);
        }

        @Override
        public boolean isUp(int pair, int step) {
            return false;
        }

        @Override
        public double range(int pair, int step) {
            return Double.NaN;
        }
    };
}
