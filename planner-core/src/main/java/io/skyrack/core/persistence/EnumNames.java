package io.skyrack.core.persistence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Maps enum constants to the lower-case kebab names used in files ({@code SUN_TRACKING} ↔ {@code sun-tracking}). */
public final class EnumNames {

    private EnumNames() {
    }

    /**
     * @param value constant
     * @return its file name
     */
    public static String toJson(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param type enum class
     * @param text file name
     * @param <E> enum type
     * @return the constant, or {@code null} when none has that name
     */
    public static <E extends Enum<E>> E fromJson(Class<E> type, String text) {
        for (E e : type.getEnumConstants()) {
            if (toJson(e).equals(text)) {
                return e;
            }
        }
        return null;
    }

    /**
     * @param type enum class
     * @return the file names of all constants
     */
    public static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(EnumNames::toJson).collect(Collectors.toList());
    }
}
