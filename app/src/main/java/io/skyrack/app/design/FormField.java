package io.skyrack.app.design;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One text field of a design form: the text the user typed, the plan-file member it edits and the message of
 * what is wrong with it (empty when it is valid).
 */
public final class FormField {

    /** How the text is read. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** A decimal number. */
        DECIMAL
    }

    /** The text of a field cannot be read as its type. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient FormField field;

        Invalid(FormField field, String message) {
            super(message);
            this.field = field;
        }

        /** @return the field */
        public FormField field() {
            return field;
        }
    }

    /** Plain decimal notation, with an optional exponent (no NaN, Infinity, hexadecimal or type suffixes). */
    private static final java.util.regex.Pattern DECIMAL_TEXT =
            java.util.regex.Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private final String key;
    private final String label;
    private final String unit;
    private final Type type;
    private final String member;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private String probe;

    /**
     * @param key identifier, unique in its form (also the control's id suffix)
     * @param label what the form shows, such as "Inclination"
     * @param unit engineer unit shown after the field, or empty
     * @param type how the text is read
     * @param member the plan-file member it edits, such as {@code inclinationDeg} (findings at that pointer show
     *        here), or {@code null}
     */
    public FormField(String key, String label, String unit, Type type, String member) {
        this.key = Objects.requireNonNull(key, "key");
        this.label = Objects.requireNonNull(label, "label");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.type = Objects.requireNonNull(type, "type");
        this.member = member;
    }

    /** @return identifier in the form */
    public String key() {
        return key;
    }

    /** @return label */
    public String label() {
        return label;
    }

    /** @return how the text is read */
    public Type type() {
        return type;
    }

    /** @return engineer unit, or empty */
    public String unit() {
        return unit;
    }

    /** @return the plan-file member edited, or {@code null} */
    public String member() {
        return member;
    }

    /** @return the text typed */
    public StringProperty textProperty() {
        return text;
    }

    /** @return what is wrong with the text, empty when valid */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** @return the text typed, or the stand-in while the form probes the other fields */
    public String text() {
        if (probe != null) {
            return probe;
        }
        return text.get() == null ? "" : text.get();
    }

    /**
     * Reads a neutral stand-in instead of the text (or the text again with {@code false}), so that a form can
     * check its other fields while this one cannot be read.
     */
    void probe(boolean on) {
        probe = on ? (type == Type.TEXT ? "probe" : type == Type.INTEGER ? "1" : "0") : null;
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }

    /** @return the text, trimmed; never blank for a required field */
    String string() throws Invalid {
        String s = text().strip();
        if (s.isEmpty()) {
            throw new Invalid(this, label + " is required");
        }
        return s;
    }

    /** @return the text read as a finite decimal number */
    double decimal() throws Invalid {
        String s = text().strip();
        if (s.isEmpty()) {
            throw new Invalid(this, "enter a number");
        }
        double v = DECIMAL_TEXT.matcher(s).matches() ? Double.parseDouble(s) : Double.NaN;
        if (!Double.isFinite(v)) {
            throw new Invalid(this, "'" + s + "' is not a number");
        }
        return v;
    }

    /** @return the text read as a whole number */
    int integer() throws Invalid {
        String s = text().strip();
        if (s.isEmpty()) {
            throw new Invalid(this, "enter a whole number");
        }
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new Invalid(this, "'" + s + "' is not a whole number");
        }
    }

    /** Checks that the text reads as the field's type. */
    void check() throws Invalid {
        switch (type) {
            case TEXT -> string();
            case INTEGER -> integer();
            case DECIMAL -> decimal();
            default -> throw new IllegalStateException(type.name());
        }
    }

    /**
     * Shows a value from the plan unless the text already reads as it (so that a value being typed, such as
     * "55." or "5.50", is not rewritten under the caret).
     *
     * @param formatted the value as text
     */
    void show(String formatted) {
        setError("");
        if (!sameValue(formatted)) {
            text.set(formatted);
        }
    }

    private boolean sameValue(String formatted) {
        if (type == Type.TEXT) {
            return text().equals(formatted);
        }
        try {
            return Double.parseDouble(text().strip()) == Double.parseDouble(formatted);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * @param value a number
     * @return the number with up to 12 significant digits and no trailing zeros, such as "53" or "0.25"
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        String s = new java.math.BigDecimal(value).round(new java.math.MathContext(12)).stripTrailingZeros()
                .toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s=%s%s", key, text(), error.get().isEmpty() ? "" : " (" + error.get() + ")");
    }
}
