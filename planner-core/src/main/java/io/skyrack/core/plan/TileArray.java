package io.skyrack.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A rectangular grid of TILE slots on a satellite; each occupied slot holds one TILE of a named
 * specification.
 *
 * @param rows number of grid rows
 * @param columns number of grid columns
 * @param slots occupied slots, sorted by row then column
 */
public record TileArray(int rows, int columns, List<TileSlot> slots) {

    private static final Comparator<TileSlot> ORDER =
            Comparator.comparingInt(TileSlot::row).thenComparingInt(TileSlot::column);

    /** Copies and sorts the slots. */
    public TileArray {
        List<TileSlot> sorted = new ArrayList<>(slots);
        sorted.sort(ORDER);
        slots = List.copyOf(sorted);
    }

    /**
     * A grid with every slot holding the same TILE.
     *
     * @param rows rows
     * @param columns columns
     * @param tileId TILE specification id
     * @return the filled array
     */
    public static TileArray filled(int rows, int columns, String tileId) {
        List<TileSlot> list = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                list.add(new TileSlot(r, c, tileId));
            }
        }
        return new TileArray(rows, columns, list);
    }

    /** @return the TILE id shared by every slot when the grid is full of one TILE, else {@code null} */
    public String uniformFill() {
        if (rows <= 0 || columns <= 0 || slots.size() != rows * columns || slots.isEmpty()) {
            return null;
        }
        String id = slots.get(0).tileId();
        for (TileSlot s : slots) {
            if (!s.tileId().equals(id) || s.row() >= rows || s.column() >= columns || s.row() < 0
                    || s.column() < 0) {
                return null;
            }
        }
        return id;
    }

    /**
     * One occupied slot.
     *
     * @param row row index, 0-based
     * @param column column index, 0-based
     * @param tileId TILE specification id
     */
    public record TileSlot(int row, int column, String tileId) {

        /** Checks structure. */
        public TileSlot {
            java.util.Objects.requireNonNull(tileId, "tileId");
        }
    }
}
