package org.skillalliance.funding.results;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
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
 * A money amount per unit of a request (what one unit of improvement is worth a year, an hour's wage cost), in whole
 * minor units from 0 to {@link BusinessMeasure#MAX_UNIT_VALUE_MINOR} (10^9): one range with one reason for either
 * side, in place of web-support's {@code @MinorUnits} (0 to 10^13), which would tell a negative amount a range it does
 * not have. The domain checks the same range with the same reason. Null is valid (combine with {@code @NotNull}).
 */
@Documented
@Constraint(validatedBy = {})
@Min(0)
@Max(BusinessMeasure.MAX_UNIT_VALUE_MINOR)
@ReportAsSingleViolation
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface AmountPerUnit {

    String message() default BusinessMeasure.UNIT_VALUE_REASON;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
