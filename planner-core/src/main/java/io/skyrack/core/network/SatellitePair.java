package io.skyrack.core.network;

import java.util.Objects;

/**
 * Two satellites that may be linked, with why and how well.
 *
 * @param a index of the first satellite in roster order ({@code a < b})
 * @param b index of the second satellite in roster order
 * @param nameA name of the first satellite
 * @param nameB name of the second satellite
 * @param origin the rule that made the pair a candidate
 * @param link what the link between the two terminals can do
 */
public record SatellitePair(int a, int b, String nameA, String nameB, Origin origin, PairLinkModel link) {

    /** Checks structure. */
    public SatellitePair {
        Objects.requireNonNull(nameA, "nameA");
        Objects.requireNonNull(nameB, "nameB");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(link, "link");
        if (a < 0 || a >= b) {
            throw new IllegalArgumentException("a pair needs 0 ≤ a < b, got " + a + ", " + b);
        }
    }

    /** Why a pair is a candidate. */
    public enum Origin {
        /** Listed in the policy's manual pairs. */
        MANUAL,
        /** +Grid: neighbours in the same plane. */
        PLUS_GRID_IN_PLANE,
        /** +Grid: same slot (or the phasing-shifted slot across a Walker delta's seam) in adjacent planes. */
        PLUS_GRID_CROSS_PLANE,
        /** Nearest-k: selected by one end at one step at least. */
        NEAREST_K
    }

    /**
     * @param satellite a satellite index
     * @return true when the satellite is one end of this pair
     */
    public boolean involves(int satellite) {
        return a == satellite || b == satellite;
    }
}
