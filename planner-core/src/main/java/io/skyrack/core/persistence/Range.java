package io.skyrack.core.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The allowed range of a numeric DTO field, in the field's engineer unit. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Range {

    /** @return smallest allowed value */
    double min() default Double.NEGATIVE_INFINITY;

    /** @return largest allowed value */
    double max() default Double.POSITIVE_INFINITY;

    /** @return true when {@link #min()} itself is not allowed */
    boolean minExclusive() default false;

    /** @return true when {@link #max()} itself is not allowed */
    boolean maxExclusive() default false;

    /** @return unit symbol used in messages, empty for dimensionless values */
    String unit() default "";

    /** @return why the limit exists, appended to the message when not empty */
    String why() default "";
}
