package io.skyrack.core.validation;

/** Builds RFC 6901 JSON Pointers. */
public final class JsonPointer {

    private JsonPointer() {
    }

    /**
     * @param base pointer of the parent ({@code ""} for the root)
     * @param token property name
     * @return the child pointer, with {@code ~} and {@code /} escaped
     */
    public static String child(String base, String token) {
        return base + "/" + token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * @param base pointer of the parent array
     * @param index element index
     * @return the element pointer
     */
    public static String child(String base, int index) {
        return base + "/" + index;
    }
}
