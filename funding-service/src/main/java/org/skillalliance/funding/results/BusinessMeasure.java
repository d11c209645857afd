package org.skillalliance.funding.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.web.FieldViolation;

/**
 * One business measure an employer reports for a cohort its staff attended (Kirkpatrick level 4): what is measured,
 * its value before and after the training, which direction is better, what one unit of improvement is worth per
 * year, and how much of the change the employer credits to the training (attribution) and how sure it is
 * (confidence). Every field is checked here; a measure that exists is valid.
 *
 * @param id                 the measure, kept across corrections
 * @param name               what is measured (1 to 200 characters, trimmed)
 * @param unit               its unit (1 to 50 characters, trimmed)
 * @param valueBefore        the value before the training: a decimal below 10^9 with at most 4 fraction digits
 * @param valueAfter         the value after the training, the same way
 * @param higherIsBetter     whether an increase is an improvement (false: a decrease is)
 * @param unitValueMinor     money value of one unit of improvement per year, minor units of the results' currency
 * @param attributionPercent share of the change credited to the training, 0 to 100
 * @param confidencePercent  the employer's confidence in its estimate, 0 to 100
 */
@ValueObject
public record BusinessMeasure(
        UUID id,
        String name,
        String unit,
        BigDecimal valueBefore,
        BigDecimal valueAfter,
        boolean higherIsBetter,
        long unitValueMinor,
        int attributionPercent,
        int confidencePercent) {

    public static final int NAME_MAX = 200;
    public static final int UNIT_MAX = 50;
    public static final int FRACTION_DIGITS = 4;
    public static final int INTEGER_DIGITS = 9;
    /**
     * The largest unit value, as the wage subsidy per hour (docs/api.md, "Input policy"): with values below 10^9 an
     * improvement is below 2 x 10^9, so a measure's benefit per year stays below 2 x 10^18 minor units, inside a
     * {@code long}.
     */
    public static final long MAX_UNIT_VALUE_MINOR = 1_000_000_000L;

    public static final String UNIT_VALUE_REASON = "must be from 0 to 1000000000 minor units";
    public static final String PERCENT_REASON = "must be a whole percent from 0 to 100";
    public static final String VALUE_REASON = "must be a decimal with at most " + INTEGER_DIGITS
            + " digits before the point and " + FRACTION_DIGITS + " after it";

    private static final BigDecimal VALUE_LIMIT = BigDecimal.TEN.pow(INTEGER_DIGITS);

    /**
     * @throws RuleBroken 400 naming every field out of range: a blank or too long name or unit, a value with more
     *                    than 4 fraction digits (or 9 whole digits), a unit value below 0 or above 10^9, a percent
     *                    outside 0 to 100
     */
    public BusinessMeasure {
        if (id == null) {
            throw new IllegalArgumentException("a measure has an id");
        }
        List<FieldViolation> violations = new ArrayList<>();
        name = text("name", name, NAME_MAX, violations);
        unit = text("unit", unit, UNIT_MAX, violations);
        value("valueBefore", valueBefore, violations);
        value("valueAfter", valueAfter, violations);
        if (unitValueMinor < 0 || unitValueMinor > MAX_UNIT_VALUE_MINOR) {
            violations.add(new FieldViolation("unitValueMinor", UNIT_VALUE_REASON));
        }
        percent("attributionPercent", attributionPercent, violations);
        percent("confidencePercent", confidencePercent, violations);
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        valueBefore = valueBefore.stripTrailingZeros();
        valueAfter = valueAfter.stripTrailingZeros();
    }

    /** The improvement in units: after - before, or before - after where lower is better; never below 0. */
    public Fraction improvement() {
        Fraction before = Fraction.of(valueBefore);
        Fraction after = Fraction.of(valueAfter);
        Fraction change = higherIsBetter ? after.minus(before) : before.minus(after);
        return change.max(Fraction.ZERO);
    }

    /**
     * The monetary benefit per year in minor units, exact: improvement x unit value x attribution / 100 x confidence
     * / 100 (DESIGN section 3, "Results"). Never below 0: a measure that got worse brings nothing, it costs nothing.
     */
    public Fraction benefitPerYear() {
        return improvement()
                .times(unitValueMinor)
                .times(attributionPercent)
                .times(confidencePercent)
                .dividedBy(100 * 100);
    }

    /** The same measure (same id) with what a correction says. */
    BusinessMeasure correctedTo(BusinessMeasure correction) {
        return new BusinessMeasure(
                id,
                correction.name,
                correction.unit,
                correction.valueBefore,
                correction.valueAfter,
                correction.higherIsBetter,
                correction.unitValueMinor,
                correction.attributionPercent,
                correction.confidencePercent);
    }

    private static String text(String field, String value, int max, List<FieldViolation> violations) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            violations.add(new FieldViolation(field, "must not be blank"));
        } else if (trimmed.length() > max) {
            violations.add(
                    new FieldViolation(field, "must be at most " + max + " characters (" + trimmed.length() + ")"));
        }
        return trimmed;
    }

    private static void value(String field, BigDecimal value, List<FieldViolation> violations) {
        if (value == null) {
            violations.add(new FieldViolation(field, "must not be null"));
        } else if (value.stripTrailingZeros().scale() > FRACTION_DIGITS
                || value.abs().compareTo(VALUE_LIMIT) >= 0) {
            violations.add(new FieldViolation(field, VALUE_REASON));
        }
    }

    private static void percent(String field, int value, List<FieldViolation> violations) {
        if (value < 0 || value > 100) {
            violations.add(new FieldViolation(field, PERCENT_REASON));
        }
    }
}
