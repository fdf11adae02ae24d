package io.skyrack.core.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every pair of points within a range of each other, at one instant, with a uniform spatial hash grid.
 *
 * <p>Points are binned into cubic cells of side slightly larger than the range (or than half of it, see below),
 * so two points within range lie at most one (two) cells apart along each axis; each occupied cell is tested
 * against itself and against the occupied cells of its forward half-stencil (13 offsets, or 62 for half-range
 * cells), found through an open-addressing table of cell keys, so each pair is tested once. The distance test
 * is the same expression, in the same floating-point order, as the one of {@link #findByTestingEveryPair}, so
 * both return exactly the same set.
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
    /**
     * Forward half of the neighbour offsets, (dx, dy, dz) lexicographically greater than (0, 0, 0), for cells
     * of side range / 1 (index 1) and range / 2 (index 2).
     */
    private static final int[][][] HALF_STENCIL = {null, halfStencil(1), halfStencil(2)};

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
        if (n < SMALL) {
            return findByTestingEveryPair(x, y, z, range);
        }
        Cells cells = Cells.build(x, y, z, range, 1);
        if (cells != null && cells.meanOccupancy() > FINE_OCCUPANCY) {
            cells = Cells.build(x, y, z, range, 2);
        }
        if (cells == null || cells.pairTests() > FALLBACK_SHARE * (n * (double) (n - 1) / 2)) {
            return findByTestingEveryPair(x, y, z, range);
        }
        return cells.pairs(range * range);
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
            double xi = x[i];
            double yi = y[i];
            double zi = z[i];
            for (int j = i + 1; j < n; j++) {
                double dx = xi - x[j];
                double dy = yi - y[j];
                double dz = zi - z[j];
                if (dx * dx + dy * dy + dz * dz <= r2) {
                    out.add(encode(i, j));
                }
            }
        }
        return out.toArray();
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

    private static int[][] halfStencil(int m) {
        List<int[]> out = new ArrayList<>();
        for (int dx = -m; dx <= m; dx++) {
            for (int dy = -m; dy <= m; dy++) {
                for (int dz = -m; dz <= m; dz++) {
                    boolean forward = dx > 0 || (dx == 0 && (dy > 0 || (dy == 0 && dz > 0)));
                    int gx = Math.max(0, Math.abs(dx) - 1);
                    int gy = Math.max(0, Math.abs(dy) - 1);
                    int gz = Math.max(0, Math.abs(dz) - 1);
                    // cells whose nearest corners are farther apart than the range need no test
                    if (forward && gx * gx + gy * gy + gz * gz <= m * m) {
                        out.add(new int[] {dx, dy, dz});
                    }
                }
            }
        }
        return out.toArray(new int[0][]);
    }

    /** Points sorted by cell, with an open-addressing table from cell key to the run of its points. */
    private static final class Cells {

        private final int[][] stencil;
        private final long nx;
        private final long ny;
        private final long nz;
        /** Cell keys of the occupied cells, in order of first occurrence. */
        private final long[] cellKey;
        private final int[] cellStart;
        private final int[] cellEnd;
        private final int cellCount;
        /** Open-addressing table: slot → occupied cell id + 1 (0 = empty). */
        private final int[] table;
        private final int mask;
        /** Point coordinates and original indices, sorted by cell (ascending index within a cell). */
        private final double[] sx;
        private final double[] sy;
        private final double[] sz;
        private final int[] index;

        private Cells(int[][] stencil, long nx, long ny, long nz, long[] cellKey, int[] cellStart, int[] cellEnd, int cellCount,
                      int[] table, double[] sx, double[] sy, double[] sz, int[] index) {
            this.stencil = stencil;
            this.nx = nx;
            this.ny = ny;
            this.nz = nz;
            this.cellKey = cellKey;
            this.cellStart = cellStart;
            this.cellEnd = cellEnd;
            this.cellCount = cellCount;
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
            // a side a little above the range keeps points within range in adjacent cells despite rounding,
            // and a floor on the side keeps the cell count per axis bounded
            double side = Math.max(range / sub * (1 + 1e-9) + Double.MIN_NORMAL, extent / (MAX_CELLS_PER_AXIS - 2));
            long nx = (long) ((maxX - minX) / side) + 1;
            long ny = (long) ((maxY - minY) / side) + 1;
            long nz = (long) ((maxZ - minZ) / side) + 1;
            if (nx <= sub + 1 && ny <= sub + 1 && nz <= sub + 1) {
                return null;
            }
            // bin: cell key of each point, then a counting sort by occupied cell
            int capacity = Integer.highestOneBit(Math.max(16, 2 * n - 1)) << 1;
            int[] table = new int[capacity];
            int mask = capacity - 1;
            long[] cellKey = new long[n];
            int[] count = new int[n];
            int[] cellOf = new int[n];
            int cells = 0;
            double inv = 1.0 / side;
            for (int i = 0; i < n; i++) {
                long cx = Math.min(nx - 1, (long) ((x[i] - minX) * inv));
                long cy = Math.min(ny - 1, (long) ((y[i] - minY) * inv));
                long cz = Math.min(nz - 1, (long) ((z[i] - minZ) * inv));
                long key = cx + nx * (cy + ny * cz);
                int slot = hash(key) & mask;
                while (true) {
                    int id = table[slot] - 1;
                    if (id < 0) {
                        table[slot] = cells + 1;
                        cellKey[cells] = key;
                        cellOf[i] = cells;
                        count[cells++]++;
                        break;
                    }
                    if (cellKey[id] == key) {
                        cellOf[i] = id;
                        count[id]++;
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
            int[] start = new int[cells];
            int[] end = new int[cells];
            int run = 0;
            for (int c = 0; c < cells; c++) {
                start[c] = run;
                end[c] = run;
                run += count[c];
            }
            double[] sx = new double[n];
            double[] sy = new double[n];
            double[] sz = new double[n];
            int[] index = new int[n];
            for (int i = 0; i < n; i++) {
                int at = end[cellOf[i]]++;
                sx[at] = x[i];
                sy[at] = y[i];
                sz[at] = z[i];
                index[at] = i;
            }
            return new Cells(HALF_STENCIL[sub], nx, ny, nz, cellKey, start, end, cells, table, sx, sy, sz, index);
        }

        private static int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32));
        }

        private int lookup(long key) {
            int slot = hash(key) & mask;
            while (true) {
                int id = table[slot] - 1;
                if (id < 0) {
                    return -1;
                }
                if (cellKey[id] == key) {
                    return id;
                }
                slot = (slot + 1) & mask;
            }
        }

        /**
         * @param c an occupied cell
         * @param into where the ids of its occupied forward neighbours go
         * @return how many there are
         */
        private int forwardNeighbours(int c, int[] into) {
            long key = cellKey[c];
            long cx = key % nx;
            long cy = (key / nx) % ny;
            long cz = key / (nx * ny);
            int k = 0;
            for (int[] d : stencil) {
                long ox = cx + d[0];
                long oy = cy + d[1];
                long oz = cz + d[2];
                if (ox >= 0 && oy >= 0 && oz >= 0 && ox < nx && oy < ny && oz < nz) {
                    int o = lookup(ox + nx * (oy + ny * oz));
                    if (o >= 0) {
                        into[k++] = o;
                    }
                }
            }
            return k;
        }

        /** @return points per occupied cell */
        double meanOccupancy() {
            return sx.length / (double) cellCount;
        }

        /** @return the number of distance tests {@link #pairs} would make */
        double pairTests() {
            double tests = 0;
            int[] others = new int[stencil.length];
            for (int c = 0; c < cellCount; c++) {
                double m = cellEnd[c] - cellStart[c];
                tests += m * (m - 1) / 2;
                int k = forwardNeighbours(c, others);
                for (int q = 0; q < k; q++) {
                    tests += m * (cellEnd[others[q]] - cellStart[others[q]]);
                }
            }
            return tests;
        }

        long[] pairs(double r2) {
            PairBuffer out = new PairBuffer();
            int[] others = new int[stencil.length];
            for (int c = 0; c < cellCount; c++) {
                int s0 = cellStart[c];
                int e0 = cellEnd[c];
                int k = forwardNeighbours(c, others);
                for (int a = s0; a < e0; a++) {
                    double xa = sx[a];
                    double ya = sy[a];
                    double za = sz[a];
                    int ia = index[a];
                    // same cell: each pair once
                    for (int b = a + 1; b < e0; b++) {
                        double dx = xa - sx[b];
                        double dy = ya - sy[b];
                        double dz = za - sz[b];
                        if (dx * dx + dy * dy + dz * dz <= r2) {
                            out.add(ia, index[b]);
                        }
                    }
                    // forward neighbours: each pair of cells once
                    for (int q = 0; q < k; q++) {
                        int o = others[q];
                        for (int b = cellStart[o], e = cellEnd[o]; b < e; b++) {
                            double dx = xa - sx[b];
                            double dy = ya - sy[b];
                            double dz = za - sz[b];
                            if (dx * dx + dy * dy + dz * dz <= r2) {
                                out.add(ia, index[b]);
                            }
                        }
                    }
                }
            }
            return out.toArray();
        }
    }

    /** A growable array of encoded pairs, kept in fixed-size blocks so that growing never copies. */
    private static final class PairBuffer {

        private static final int BLOCK = 1 << 16;
        private final List<long[]> full = new ArrayList<>();
        private long[] block = new long[BLOCK];
        private int size;

        void add(long pair) {
            if (size == BLOCK) {
                full.add(block);
                block = new long[BLOCK];
                size = 0;
            }
            block[size++] = pair;
        }

        void add(int i, int j) {
            // min and max rather than a branch: the order of i and j is random across cells
            add(encode(Math.min(i, j), Math.max(i, j)));
        }

        long[] toArray() {
            long[] out = new long[full.size() * BLOCK + size];
            int at = 0;
            for (long[] b : full) {
                System.arraycopy(b, 0, out, at, BLOCK);
                at += BLOCK;
            }
            System.arraycopy(block, 0, out, at, size);
            return out;
        }
    }
}
