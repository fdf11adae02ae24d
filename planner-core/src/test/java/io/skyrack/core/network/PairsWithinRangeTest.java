package io.skyrack.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PairsWithinRangeTest {

    private static final double SHELL_RADIUS = 6_928_137.0;

    /** Point sets: {x, y, z}. */
    enum Cloud {
        /** Uniform in a 14,000 km cube. */
        CUBE,
        /** Uniform on a 550 km shell. */
        SHELL,
        /** A few tight clusters of points (formation flying), some coincident. */
        CLUSTERS,
        /** A Walker-like shell concentrated at ±53° latitude. */
        WALKER;

        double[][] points(int n, long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            double[][] p = new double[3][n];
            for (int i = 0; i < n; i++) {
                double x;
                double y;
                double z;
                switch (this) {
                    case CUBE -> {
                        x = r.nextDouble(-7e6, 7e6);
                        y = r.nextDouble(-7e6, 7e6);
                        z = r.nextDouble(-7e6, 7e6);
                    }
                    case SHELL -> {
                        double u = r.nextDouble(-1, 1);
                        double phi = r.nextDouble(0, 2 * Math.PI);
                        double s = Math.sqrt(1 - u * u);
                        x = SHELL_RADIUS * s * Math.cos(phi);
                        y = SHELL_RADIUS * s * Math.sin(phi);
                        z = SHELL_RADIUS * u;
                    }
                    case CLUSTERS -> {
                        int c = r.nextInt(4);
                        double spread = i % 7 == 0 ? 0 : 2_000.0;
                        x = 1e6 * c + r.nextDouble(-spread, spread + 1e-9);
                        y = -3e6 + 5e5 * c + r.nextDouble(-spread, spread + 1e-9);
                        z = 7e6 - 2e6 * c + (i % 7 == 0 ? 0 : r.nextDouble(-spread, spread));
                    }
                    default -> {
                        double raan = r.nextDouble(0, 2 * Math.PI);
                        double u = r.nextDouble(0, 2 * Math.PI);
                        double inc = Math.toRadians(53);
                        x = SHELL_RADIUS * (Math.cos(raan) * Math.cos(u) - Math.sin(raan) * Math.sin(u) * Math.cos(inc));
                        y = SHELL_RADIUS * (Math.sin(raan) * Math.cos(u) + Math.cos(raan) * Math.sin(u) * Math.cos(inc));
                        z = SHELL_RADIUS * Math.sin(u) * Math.sin(inc);
                    }
                }
                p[0][i] = x;
                p[1][i] = y;
                p[2][i] = z;
            }
            return p;
        }
    }

    static Stream<Arguments> randomSets() {
        Stream.Builder<Arguments> b = Stream.builder();
        long seed = 20260320L;
        for (Cloud cloud : Cloud.values()) {
            for (int n : new int[] {0, 1, 2, 47, 48, 300, 3000}) {
                for (double range : new double[] {0.0, 1.0, 5_000.0, 250_000.0, 1_000_000.0, 5_000_000.0, 3e7}) {
                    b.add(Arguments.of(cloud, n, range, seed++));
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} n={1} range={2}")
    @MethodSource("randomSets")
    void hashGridFindsExactlyThePairsOfTestingEveryPair(Cloud cloud, int n, double range, long seed) {
        double[][] p = cloud.points(n, seed);
        long[] every = PairsWithinRange.findByTestingEveryPair(p[0], p[1], p[2], range);
        long[] found = PairsWithinRange.find(p[0], p[1], p[2], range);
        long[] sorted = found.clone();
        Arrays.sort(sorted);
        assertArrayEquals(every, sorted);
        for (long pair : found) {
            assertTrue(PairsWithinRange.first(pair) < PairsWithinRange.second(pair));
        }
    }

    @Test
    void pointsExactlyAtTheRangeAreIncludedOnBothPaths() {
        // a 40 × 40 lattice of spacing 1 km: every neighbour lies exactly at the range
        int side = 40;
        double[][] p = new double[3][side * side];
        for (int i = 0; i < side * side; i++) {
            p[0][i] = 1_000.0 * (i % side);
            p[1][i] = 1_000.0 * (i / side);
            p[2][i] = 7e6;
        }
        assertTrue(PairsWithinRange.usesCells(p[0], p[1], p[2], 1_000.0));
        long[] found = PairsWithinRange.find(p[0], p[1], p[2], 1_000.0);
        // 2 · side · (side − 1) lattice edges, each exactly at the range
        assertEquals(2 * side * (side - 1), found.length);
        Arrays.sort(found);
        assertArrayEquals(PairsWithinRange.findByTestingEveryPair(p[0], p[1], p[2], 1_000.0), found);
    }

    @Test
    void usesTheHashGridOnlyWhereItWins() {
        double[][] p = Cloud.WALKER.points(10_000, 7L);
        assertTrue(PairsWithinRange.usesCells(p[0], p[1], p[2], 1_000_000.0));
        // a range as wide as the shell: every cell neighbours every other
        assertFalse(PairsWithinRange.usesCells(p[0], p[1], p[2], 14_000_000.0));
        double[][] few = Cloud.WALKER.points(PairsWithinRange.SMALL - 1, 7L);
        assertFalse(PairsWithinRange.usesCells(few[0], few[1], few[2], 1_000_000.0));
    }

    @Test
    void encodesPairsAsTwoIndices() {
        long pair = PairsWithinRange.encode(12_345, 2_000_000_000);
        assertEquals(12_345, PairsWithinRange.first(pair));
        assertEquals(2_000_000_000, PairsWithinRange.second(pair));
    }

    @Test
    void negativeOrNanRangeFindsNothing() {
        double[][] p = Cloud.CUBE.points(100, 3L);
        assertEquals(0, PairsWithinRange.find(p[0], p[1], p[2], -1.0).length);
        assertEquals(0, PairsWithinRange.find(p[0], p[1], p[2], Double.NaN).length);
    }

    @Test
    void rejectsMismatchedOrNonFiniteCoordinates() {
        assertThrows(IllegalArgumentException.class,
                () -> PairsWithinRange.find(new double[3], new double[2], new double[3], 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> PairsWithinRange.find(new double[] {0, Double.NaN}, new double[2], new double[2], 1.0));
    }
}
