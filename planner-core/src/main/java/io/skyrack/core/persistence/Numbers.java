package io.skyrack.core.persistence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.function.DoubleUnaryOperator;

/** Number formatting and exact unit conversion at the file edge. */
public final class Numbers {

    private Numbers() {
    }

    /**
     * @param v value
     * @return the shortest plain decimal text of {@code v} ({@code 550} rather than {@code 550.0})
     */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * Converts an SI value to engineer units, choosing the shortest decimal that converts back to exactly
     * the same SI value, so that load → save → load keeps every value bit for bit.
     *
     * @param si SI value
     * @param fromSi SI to engineer units
     * @param toSi engineer units to SI
     * @return engineer-unit value
     */
    public static double toEngineer(double si, DoubleUnaryOperator fromSi, DoubleUnaryOperator toSi) {
        double v = fromSi.applyAsDouble(si);
        if (!Double.isFinite(v) || v == 0.0) {
            return v;
        }
        for (int digits = 1; digits <= 17; digits++) {
            double c = new BigDecimal(v).round(new MathContext(digits)).doubleValue();
            if (toSi.applyAsDouble(c) == si) {
                return c;
            }
        }
        double up = v;
        double down = v;
        for (int i = 0; i < 8; i++) {
            if (toSi.applyAsDouble(v) == si) {
                return v;
            }
            up = Math.nextUp(up);
            down = Math.nextDown(down);
            if (toSi.applyAsDouble(up) == si) {
                return up;
            }
            if (toSi.applyAsDouble(down) == si) {
                return down;
            }
        }
        return v;
    }
}
