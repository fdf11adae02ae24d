package io.skyrack.core.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the concrete DTO records of a sealed DTO interface, chosen by the {@code type} property of the
 * JSON object.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Variants {

    /** @return the {@code type} values, in the same order as {@link #types()} */
    String[] names();

    /** @return the records for each name */
    Class<?>[] types();
}
