package io.skyrack.core.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Constraints on a string DTO field. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Text {

    /** @return regular expression the whole value must match, empty for any */
    String pattern() default "";

    /** @return plain description of {@link #pattern()} for messages */
    String describe() default "";

    /** @return smallest length */
    int minLength() default 0;

    /** @return largest length */
    int maxLength() default 10_000;
}
