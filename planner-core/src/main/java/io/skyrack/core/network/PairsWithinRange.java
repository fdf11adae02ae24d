package io.skyrack.core.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every pair of points within a range of each other, at one instant, with a uniform spatial hash grid.
 *
 * <p>Points are binned into cubic cells of side slightly larger than the range (or than half of it, see below),
 * so two points within range lie at most one (two) cells apart along each axis, and sorted by cell key with x
 * varying fastest. The forward half of a cell's neighbourhood is then a few contiguous runs of sorted points:
 * the rest of its own x-row, and the rows {@code (dy, dz) > (0, 0)} next to it; each pair is tested once.
 * Occupied cells are found through an open-addressing table of cell keys. The squared distance is the same
 * expression, in the same floating-point order, as in {@link #findByTestingEveryPair}, and its comparison with
 * the squared range gives the same answer for every finite value, so both return exactly the same set. In cell
 * order whether a pair is within range is close to random, so the inner loop writes every candidate and
 * advances past it only when it is within range, without a branch to mispredict.
 *
 * <p>Half-range cells test about a third fewer pairs when cells are crowded (more than {@value #FINE_OCCUPANCY}
 * points per occupied cell), at the cost of more cell bookkeeping, so they are used only then. The hash cannot
 * win when the range is comparable to the extent of the point set (every cell neighbours almost every other)
 * or when there are few points: below {@value #SMALL} points, when the bounding box spans too few cells, or when
 * the distance tests the cells would make ({@code Σ m(m−1)/2 + Σ m·m'} over occupied cells and their
 * neighbours, counted before testing) exceed {@value #FALLBACK_SHARE} of {@code n(n−1)/2}, every pair is tested
 * instead. Building the cells is {@code O(n)}, small beside the {@code O(n²)} it decides about.
 *
 * <p>Pairs are encoded as {@code long}s, {@code (long) i << 32 | j} with {@code i < j} (see {@link #first} and
 * {@link #second}). The hash grid returns them in an order that depends only on the input, not sorted: sorting
 * millions of pairs would cost more than finding them; sort the result when an order matters.
 */
public final class PairsWithinRange {

    /** Below this many points every pair is tested: the cells cost more than they save. */
    static final int SMALL = 48;
    /** Share of all pairs above which the cells would test too many pairs to be worth building. */
    static final double FALLBACK_SHARE = 0.5;
    /** Largest number of cells per axis, so that a cell key fits in a {@code long}. */
    private static final long MAX_CELLS_PER_AXIS = 1L << 20;
    /** Mean points per occupied cell above which cells of half the range test fewer pairs for their cost. */
    static final double FINE_OCCUPANCY = 64;

    private PairsWithinRange() {
    }

    /**
     * @param pair an encoded pair
     * @return the smaller index of the pair
     */
    public static int first(long pair) {
        return (int) (pair >>> 32);
    }

    /**
     * @param pair an encoded pair
     * @return the larger index of the pair
     */
    public static int second(long pair) {
        return (int) pair;
    }

    /**
     * @param i smaller index
     * @param j larger index
     * @return the encoded pair
     */
    public static long encode(int i, int j) {
        return (long) i << 32 | (j & 0xFFFFFFFFL);
    }

    /**
     * Every pair of points whose distance is at most {@code range}, by a spatial hash grid (or by testing every
     * pair when that is faster, see the class comment).
     *
     * @param x x coordinates (m)
     * @param y y coordinates (m), same length
     * @param z z coordinates (m), same length
     * @param range largest distance (m); a negative or NaN range finds nothing
     * @return the pairs, each once with {@code i < j}, in a deterministic order that is not sorted
     * @throws IllegalArgumentException when the arrays differ in length or a coordinate is not finite
     */
    public static long[] find(double[] x, double[] y, double[] z, double range) {
        int n = checkedLength(x, y, z);
        if (n < 2 || !(range >= 0)) {
            return new long[0];
        }
        Cells cells = cellsWorthBuilding(x, y, z, range);
        return cells == null ? findByTestingEveryPair(x, y, z, range) : cells.pairs(range * range);
    }

    /**
     * @param x x coordinates (m)
     * @param y y coordinates (m)
     * @param z z coordinates (m)
     * @param range largest distance (m)
     * @return true when {@link #find} uses the hash grid for these points, false when it tests every pair
     */
    static boolean usesCells(double[] x, double[] y, double[] z, double range) {
        return checkedLength(x, y, z) >= 2 && range >= 0 && cellsWorthBuilding(x, y, z, range) != null;
    }

    /** @return the cells, or null when testing every pair is expected to be faster */
    private static Cells cellsWorthBuilding(double[] x, double[] y, double[] z, double range) {
        int n = x.length;
        if (n < SMALL || !Double.isFinite(range * range)) {
            return null;
        }
        Cells cells = Cells.build(x, y, z, range, 1);
        if (cells != null && cells.meanOccupancy() > FINE_OCCUPANCY) {
            cells = Cells.build(x, y, z, range, 2);
        }
        if (cells == null || cells.pairTests() > FALLBACK_SHARE * (n * (double) (n - 1) / 2)) {
            return null;
        }
        return cells;
    }

    /**
     * Every pair of points whose distance is at most {@code range}, by testing every pair: the reference the
     * hash grid is checked against.
     *
     * @param x x coordinates (m)
     * @param y y coordinates (m), same length
     * @param z z coordinates (m), same length
     * @param range largest distance (m); a negative or NaN range finds nothing
     * @return the pairs, each once with {@code i < j}, in ascending order
     * @throws IllegalArgumentException when the arrays differ in length or a coordinate is not finite
     */
    public static long[] findByTestingEveryPair(double[] x, double[] y, double[] z, double range) {
        int n = checkedLength(x, y, z);
        if (n < 2 || !(range >= 0)) {
            return new long[0];
        }
        double r2 = range * range;
        PairBuffer out = new PairBuffer();
        for (int i = 0; i < n; i++) {
            long[] buf = out.reserve(n - i - 1);
            out.size = row(x[i], y[i], z[i], (long) i << 32, x, y, z, i + 1, n, r2, buf, out.size);
        }
        return out.toArray();
    }

    /**
     * Tests one point against the points {@code from} to {@code to − 1}, in its own small method so that the
     * JIT compiles this loop on its own, whatever the calls before.
     *
     * @return the new size of the buffer
     */
    private static int row(double xi, double yi, double zi, long high, double[] x, double[] y, double[] z, int from,
                           int to, double r2, long[] buf, int size) {
        int kept = size;
        for (int j = from; j < to; j++) {
            double dx = xi - x[j];
            double dy = yi - y[j];
            double dz = zi - z[j];
            // a plain branch: in index order, pairs within range come in runs, so it predicts well
            if (dx * dx + dy * dy + dz * dz <= r2) {
                buf[kept++] = high | j;
            }
        }
        return kept;
    }

    private static int checkedLength(double[] x, double[] y, double[] z) {
        if (x.length != y.length || x.length != z.length) {
            throw new IllegalArgumentException("coordinate arrays of lengths " + x.length + ", " + y.length + ", "
                    + z.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || !Double.isFinite(z[i])) {
                throw new IllegalArgumentException("point " + i + " has a coordinate that is not finite");
            }
        }
        return x.length;
    }

    /**
     * Points sorted by cell key (x fastest), so that the cells of one x-row of the grid are contiguous in the
     * sorted arrays: the forward half-stencil of a cell is its own row from the cell on, plus whole rows
     * {@code (dy, dz) > (0, 0)}, each a single run of points.
     */
    private static final class Cells {

        /** Cells per range: the cell side is range / sub, and neighbours are up to sub cells away. */
        private final int sub;
        private final long nx;
        private final long ny;
        private final long nz;
        /** Keys of the occupied cells, ascending. */
        private final long[] cellKey;
        private final int[] cellStart;
        private final int[] cellEnd;
        /** Open-addressing table: slot → occupied cell id + 1 (0 = empty). */
        private final int[] table;
        private final int mask;
        /** Point coordinates and original indices, sorted by cell key (ascending index within a cell). */
        private final double[] sx;
        private final double[] sy;
        private final double[] sz;
        private final int[] index;

        private Cells(int sub, long nx, long ny, long nz, long[] cellKey, int[] cellStart, int[] cellEnd,
                      int[] table, double[] sx, double[] sy, double[] sz, int[] index) {
            this.sub = sub;
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.cellKey = cellKey;
            this.cellStart = cellStart;
            this.cellEnd = cellEnd;
            this.table = table;
            this.mask = table.length - 1;
            this.sx = sx;
            this.sy = sy;
            this.sz = sz;
            this.index = index;
        }

        /**
         * @param sub cells per range (1 or 2)
         * @return the cells, or null when every cell would neighbour every other (testing every pair wins)
         */
        static Cells build(double[] x, double[] y, double[] z, double range, int sub) {
            int n = x.length;
            double minX = Double.POSITIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double minZ = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            double maxZ = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, x[i]);
                maxX = Math.max(maxX, x[i]);
                minY = Math.min(minY, y[i]);
                maxY = Math.max(maxY, y[i]);
                minZ = Math.min(minZ, z[i]);
                maxZ = Math.max(maxZ, z[i]);
            }
            double extent = Math.max(maxX - minX, Math.max(maxY - minY, maxZ - minZ));
            // a side a little above range / sub keeps points within range at most sub cells apart despite
            // rounding, and a floor on the side keeps the cell count per axis bounded
            double side = Math.max(range / sub * (1 + 1e-9) + Double.MIN_NORMAL, extent / (MAX_CELLS_PER_AXIS - 2));
            long nx = (long) ((maxX - minX) / side) + 1;
            long ny = (long) ((maxY - minY) / side) + 1;
            long nz = (long) ((maxZ - minZ) / side) + 1;
            if (nx <= sub + 1 && ny <= sub + 1 && nz <= sub + 1) {
                return null;
            }
            // cell key of every point, and the occupied keys in ascending order
            double inv = 1.0 / side;
            long[] keyOf = new long[n];
            for (int i = 0; i < n; i++) {
                long cx = Math.min(nx - 1, (long) ((x[i] - minX) * inv));
                long cy = Math.min(ny - 1, (long) ((y[i] - minY) * inv));
                long cz = Math.min(nz - 1, (long) ((z[i] - minZ) * inv));
                keyOf[i] = cx + nx * (cy + ny * cz);
            }
            long[] sorted = keyOf.clone();
            Arrays.sort(sorted);
            int cells = 0;
            for (int i = 0; i < n; i++) {
                if (i == 0 || sorted[i] != sorted[i - 1]) {
                    sorted[cells++] = sorted[i];
                }
            }
            long[] cellKey = Arrays.copyOf(sorted, cells);
            int[] table = new int[Integer.highestOneBit(Math.max(8, 2 * cells - 1)) << 1];
            int mask = table.length - 1;
            for (int c = 0; c < cells; c++) {
                int slot = hash(cellKey[c]) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = c + 1;
            }
            // counting sort of the points by cell, stable so that indices ascend within a cell
            Cells out = new Cells(sub, nx, ny, nz, cellKey, new int[cells], new int[cells], table, new double[n],
                    new double[n], new double[n], new int[n]);
            int[] cellOf = new int[n];
            for (int i = 0; i < n; i++) {
                cellOf[i] = out.lookup(keyOf[i]);
                out.cellEnd[cellOf[i]]++;
            }
            int run = 0;
            for (int c = 0; c < cells; c++) {
                int m = out.cellEnd[c];
                out.cellStart[c] = run;
                out.cellEnd[c] = run;
                run += m;
            }
            for (int i = 0; i < n; i++) {
                int at = out.cellEnd[cellOf[i]]++;
                out.sx[at] = x[i];
                out.sy[at] = y[i];
                out.sz[at] = z[i];
                out.index[at] = i;
            }
            return out;
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }

        private int lookup(long key) {
            int slot = hash(key) & mask;
            while (true) {
                int id = table[slot] - 1;
                if (id < 0 || cellKey[id] == key) {
                    return id;
                }
                slot = (slot + 1) & mask;
            }
        }

        /** @return points per occupied cell */
        double meanOccupancy() {
            return sx.length / (double) cellKey.length;
        }

        /**
         * The runs of sorted points that a cell is tested against: its own row from the cell to {@code sub}
         * cells on (first run), then each forward row {@code (dy, dz) > (0, 0)} from {@code cx − sub} to
         * {@code cx + sub}. Empty rows are left out.
         *
         * @param c an occupied cell
         * @param runs where the runs go, as {start, end} pairs of sorted positions
         * @return the number of runs
         */
        private int forwardRuns(int c, int[] runs) {
            long key = cellKey[c];
            long cx = key % nx;
            long cy = (key / nx) % ny;
            long cz = key / (nx * ny);
            runs[0] = cellStart[c];
            runs[1] = rowEnd(cx + 1, Math.min(nx - 1, cx + sub), cy, cz, cellEnd[c]);
            int k = 1;
            for (int dz = 0; dz <= sub; dz++) {
                for (int dy = dz == 0 ? 1 : -sub; dy <= sub; dy++) {
                    long oy = cy + dy;
                    long oz = cz + dz;
                    if (oy < 0 || oy >= ny || oz >= nz) {
                        continue;
                    }
                    long x0 = Math.max(0, cx - sub);
                    long x1 = Math.min(nx - 1, cx + sub);
                    int start = rowStart(x0, x1, oy, oz);
                    if (start >= 0) {
                        runs[2 * k] = start;
                        runs[2 * k + 1] = rowEnd(x0, x1, oy, oz, start);
                        k++;
                    }
                }
            }
            return k;
        }

        /** @return the first sorted position of the occupied cells x0..x1 of a row, or −1 when all are empty */
        private int rowStart(long x0, long x1, long cy, long cz) {
            long base = nx * (cy + ny * cz);
            for (long cx = x0; cx <= x1; cx++) {
                int id = lookup(base + cx);
                if (id >= 0) {
                    return cellStart[id];
                }
            }
            return -1;
        }

        /** @return the end of the last occupied cell of x0..x1 in a row, or {@code otherwise} when all are empty */
        private int rowEnd(long x0, long x1, long cy, long cz, int otherwise) {
            long base = nx * (cy + ny * cz);
            for (long cx = x1; cx >= x0; cx--) {
                int id = lookup(base + cx);
                if (id >= 0) {
                    return cellEnd[id];
                }
            }
            return otherwise;
        }

        /** @return the largest number of runs {@link #forwardRuns} can return */
        private int maxRuns() {
            return 1 + (sub + 1) * (2 * sub + 1);
        }

        /** @return the number of distance tests {@link #pairs} would make */
        double pairTests() {
            double tests = 0;
            int[] runs = new int[2 * maxRuns()];
            for (int c = 0; c < cellKey.length; c++) {
                double m = cellEnd[c] - cellStart[c];
                int k = forwardRuns(c, runs);
                // own row: each point against the later points of its row run
                tests += m * (runs[1] - cellStart[c]) - m * (m + 1) / 2;
                for (int q = 1; q < k; q++) {
                    tests += m * (runs[2 * q + 1] - runs[2 * q]);
                }
            }
            return tests;
        }

        /**
         * Tests one point against a run of sorted points, in its own small method so that the JIT compiles this
         * loop on its own.
         *
         * @return the new size of the buffer
         */
        private static int run(double xa, double ya, double za, int ia, double[] sx, double[] sy, double[] sz,
                               int[] index, int from, int to, double r2, long[] buf, int size) {
            int kept = size;
            for (int b = from; b < to; b++) {
                double dx = xa - sx[b];
                double dy = ya - sy[b];
                double dz = za - sz[b];
                // write always, keep when within range: in cell order the outcome is close to random, and a
                // branch would be mispredicted often. The sign bit of r² − d² is 0 exactly when d² ≤ r² (both
                // finite: a difference of doubles is zero only when they are equal), the test every pair uses.
                int ib = index[b];
                buf[kept] = (long) Math.min(ia, ib) << 32 | Math.max(ia, ib);
                kept += (int) (Double.doubleToRawLongBits(r2 - (dx * dx + dy * dy + dz * dz)) >>> 63) ^ 1;
            }
            return kept;
        }

        long[] pairs(double r2) {
            PairBuffer out = new PairBuffer();
            int[] runs = new int[2 * maxRuns()];
            for (int c = 0; c < cellKey.length; c++) {
                int k = forwardRuns(c, runs);
                for (int a = cellStart[c], e0 = cellEnd[c]; a < e0; a++) {
                    double xa = sx[a];
                    double ya = sy[a];
                    double za = sz[a];
                    int ia = index[a];
                    // the own row starts after a, so each pair within it is tested once
                    runs[0] = a + 1;
                    for (int q = 0; q < k; q++) {
                        int b0 = runs[2 * q];
                        int e = runs[2 * q + 1];
                        long[] buf = out.reserve(e - b0);
                        out.size = run(xa, ya, za, ia, sx, sy, sz, index, b0, e, r2, buf, out.size);
                    }
                }
            }
            return out.toArray();
        }
    }

    /**
     * A growable array of encoded pairs, kept in blocks so that growing never copies. Writers reserve room for
     * a whole inner loop, then write at {@code size} and advance it themselves.
     */
    private static final class PairBuffer {

        private static final int BLOCK = 1 << 16;
        private final List<long[]> full = new ArrayList<>();
        private final List<Integer> fullSizes = new ArrayList<>();
        private long[] block = new long[BLOCK];
        /** Pairs kept in the current block. */
        int size;
        private long total;

        /**
         * @param room entries a loop may write
         * @return the block to write into from {@link #size}, with at least {@code room} free entries
         */
        long[] reserve(int room) {
            if (size + room > block.length) {
                full.add(block);
                fullSizes.add(size);
                total += size;
                block = new long[Math.max(BLOCK, room)];
                size = 0;
            }
            return block;
        }

        long[] toArray() {
            long[] out = new long[Math.toIntExact(total + size)];
            int at = 0;
            for (int b = 0; b < full.size(); b++) {
                System.arraycopy(full.get(b), 0, out, at, fullSizes.get(b));
                at += fullSizes.get(b);
            }
            System.arraycopy(block, 0, out, at, size);
            return out;
        }
    }
}
