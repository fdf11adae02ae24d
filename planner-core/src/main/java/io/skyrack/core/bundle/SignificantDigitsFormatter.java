package io.skyrack.core.bundle;

import org.orekit.utils.AccurateFormatter;
import org.orekit.utils.Formatter;

/**
 * Formats the numbers of an OEM with a fixed number of significant digits, in plain decimal notation, so that
 * ephemeris files are compact and byte-identical from run to run, and dates to the millisecond (the microsecond
 * when needed).
 */
final class SignificantDigitsFormatter implements Formatter {

    /** Significant digits: 10 µm on a 7,000 km coordinate, 10 nm/s on a 7 km/s velocity component. */
    static final int DIGITS = 12;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    @Override
    public String toString(double value) {
        if (!Double.isFinite(value)) {
            return AccurateFormatter.format(value);
        }
        if (value == 0) {
            return "0.0";
        }
        int exponent = (int) Math.floor(Math.log10(Math.abs(value)));
        int decimals = Math.max(0, Math.min(17, DIGITS - 1 - exponent));
        if (exponent >= DIGITS || exponent < -6) {
            return AccurateFormatter.format(value);
        }
        long scaled = Math.round(Math.abs(value) * POW10[decimals]);
        StringBuilder sb = new StringBuilder(24);
        if (value < 0) {
            sb.append('-');
        }
        String digits = Long.toString(scaled);
        if (decimals == 0) {
            return sb.append(digits).append(".0").toString();
        }
        if (digits.length() <= decimals) {
            sb.append("0.").append("0".repeat(decimals - digits.length())).append(digits);
        } else {
            sb.append(digits, 0, digits.length() - decimals).append('.').append(digits, digits.length() - decimals,
                    digits.length());
        }
        int end = sb.length();
        while (sb.charAt(end - 1) == '0' && sb.charAt(end - 2) != '.') {
            end--;
        }
        sb.setLength(end);
        return sb.toString();
    }

    /**
     * Formats a date as {@code yyyy-MM-ddTHH:mm:ss.SSS}, with six decimals of seconds when the date is not on a
     * whole millisecond.
     */
    @Override
    public String toString(int year, int month, int day, int hour, int minute, double seconds) {
        long micros = Math.round(seconds * 1e6);
        StringBuilder sb = new StringBuilder(26);
        pad(sb, year, 4).append('-');
        pad(sb, month, 2).append('-');
        pad(sb, day, 2).append('T');
        pad(sb, hour, 2).append(':');
        pad(sb, minute, 2).append(':');
        pad(sb, (int) (micros / 1_000_000), 2).append('.');
        int fraction = (int) (micros % 1_000_000);
        return (fraction % 1000 == 0 ? pad(sb, fraction / 1000, 3) : pad(sb, fraction, 6)).toString();
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }
}
