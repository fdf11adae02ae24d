package io.skyrack.thermal;

import java.util.List;

/** Range checks shared by the validators; each adds a finding and returns whether the value passed. */
final class Checks {

    private Checks() {
    }

    static boolean finite(List<ThermalFinding> out, String field, double value) {
        if (!Double.isFinite(value)) {
            out.add(new ThermalFinding(field, "must be a finite number, was " + value));
            return false;
        }
        return true;
    }

    static boolean fraction(List<ThermalFinding> out, String field, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            out.add(new ThermalFinding(field, "must lie in [0, 1], was " + value));
            return false;
        }
        return true;
    }

    static boolean positiveFraction(List<ThermalFinding> out, String field, double value) {
        if (!(value > 0.0 && value <= 1.0)) {
            out.add(new ThermalFinding(field, "must lie in (0, 1], was " + value));
            return false;
        }
        return true;
    }

    static boolean nonNegative(List<ThermalFinding> out, String field, double value) {
        if (!(Double.isFinite(value) && value >= 0.0)) {
            out.add(new ThermalFinding(field, "must be finite and not negative, was " + value));
            return false;
        }
        return true;
    }

    static boolean positive(List<ThermalFinding> out, String field, double value) {
        if (!(Double.isFinite(value) && value > 0.0)) {
            out.add(new ThermalFinding(field, "must be finite and positive, was " + value));
            return false;
        }
        return true;
    }

    /** NaN stands for "not published"; anything else must be finite and not negative. */
    static boolean nanOrNonNegative(List<ThermalFinding> out, String field, double value) {
        if (Double.isNaN(value)) {
            return true;
        }
        return nonNegative(out, field, value);
    }

    /** NaN stands for "not published"; anything else must be finite and positive. */
    static boolean nanOrPositive(List<ThermalFinding> out, String field, double value) {
        if (Double.isNaN(value)) {
            return true;
        }
        return positive(out, field, value);
    }
}
