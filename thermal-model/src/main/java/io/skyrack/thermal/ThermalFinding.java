package io.skyrack.thermal;

import java.util.Objects;

/**
 * An engineering problem with a thermal-model input, or an assumption the model had to make: which field,
 * and what is wrong with it or what was assumed.
 *
 * @param field path of the field inside the input record, such as {@code solarFace.emissivity} or
 *        {@code gpus[1].commandedMode}
 * @param message what is wrong, or what was assumed, in a sentence
 */
public record ThermalFinding(String field, String message) {

    /** Checks structure. */
    public ThermalFinding {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
