package org.skillalliance.web;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A money amount in whole minor units (cents) of a request: from 0 to {@link #MAX} (10^13, a hundred billion euros).
 * That is more than any alliance's or funder's budget, and it keeps the products the services compute inside a
 * {@code long} (about 9.2 * 10^18): an amount times a cohort's seats (at most 10^4), or times a rate in basis points
 * (10^4), is at most 10^17. Checked by bean validation before any arithmetic; null is valid (combine with
 * {@code @NotNull}). See docs/api.md, "Input policy".
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@Max(MinorUnits.MAX)
@ReportAsSingleViolation
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface MinorUnits {

    /** The largest amount accepted, in minor units: 10^13. */
    long MAX = 10_000_000_000_000L;

    String message() default "must be a whole number of minor units from 0 to 10000000000000 (10^13)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
