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
 * (confidence). Every field is checked here, and the benefit per year the fields give; a measure that exists is valid.
 * Its values are kept as plain decimals (no trailing zeros, never an exponent: 1200.0000 is 1200, not 1.2E+3).
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
     * The largest unit value, as the wage subsidy per hour (docs/api.md, "Input policy"); the benefit per year is
     * bounded on its own ({@link #MAX_BENEFIT_PER_YEAR_MINOR}).
     */
    public static final long MAX_UNIT_VALUE_MINOR = 1_000_000_000L;
    /**
     * The largest benefit per year of one measure: the project's money bound, 10^13 minor units (docs/api.md, "Input
     * policy", web-support's {@code MinorUnits.MAX}). Values and unit value alone would allow up to 2 x 10^18; with
     * this bound and at most {@value CohortResults#MAX_MEASURES} measures per results, sums over many employers' and
     * cohorts' results stay far inside a {@code long}.
     */
    public static final long MAX_BENEFIT_PER_YEAR_MINOR = 10_000_000_000_000L;

    public static final String UNIT_VALUE_REASON = "must be from 0 to 1000000000 minor units";
    public static final String PERCENT_REASON = "must be a whole percent from 0 to 100";
    public static final String VALUE_REASON = "must be a decimal with at most " + INTEGER_DIGITS
            + " digits before the point and " + FRACTION_DIGITS + " after it";

    private static final BigDecimal VALUE_LIMIT = BigDecimal.TEN.pow(INTEGER_DIGITS);
    private static final Fraction MAX_BENEFIT = Fraction.of(MAX_BENEFIT_PER_YEAR_MINOR);

    /**
     * @throws RuleBroken 400 naming every field out of range: a blank or too long name or unit, a value with more
     *                    than 4 fraction digits (or 9 whole digits), a unit value below 0 or above 10^9, a percent
     *                    outside 0 to 100; when they are all in range, a benefit per year above 10^13 minor units
     *                    (naming {@code unitValueMinor})
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
        valueBefore = plain(valueBefore);
        valueAfter = plain(valueAfter);
        Fraction benefit = benefitPerYear(
                improvement(valueBefore, valueAfter, higherIsBetter),
                unitValueMinor,
                attributionPercent,
                confidencePercent);
        if (benefit.compareTo(MAX_BENEFIT) > 0) {
            throw RuleBroken.invalid("unitValueMinor", benefitReason(benefit));
        }
    }

    /** Why a measure worth more than 10^13 minor units a year is refused, with what it would be worth. */
    static String benefitReason(Fraction benefit) {
        return "gives a benefit per year of " + benefit.roundHalfUp() + " minor units (improvement x unit value x"
                + " attribution x confidence); at most " + MAX_BENEFIT_PER_YEAR_MINOR
                + " (10^13, the project's money bound) is accepted";
    }

    /** The improvement in units: after - before, or before - after where lower is better; never below 0. */
    public Fraction improvement() {
        return improvement(valueBefore, valueAfter, higherIsBetter);
    }

    /**
     * The monetary benefit per year in minor units, exact: improvement x unit value x attribution / 100 x confidence
     * / 100 (DESIGN section 3, "Results"). Never below 0: a measure that got worse brings nothing, it costs nothing.
     */
    public Fraction benefitPerYear() {
        return benefitPerYear(improvement(), unitValueMinor, attributionPercent, confidencePercent);
    }

    private static Fraction improvement(BigDecimal valueBefore, BigDecimal valueAfter, boolean higherIsBetter) {
        Fraction before = Fraction.of(valueBefore);
        Fraction after = Fraction.of(valueAfter);
        Fraction change = higherIsBetter ? after.minus(before) : before.minus(after);
        return change.max(Fraction.ZERO);
    }

    private static Fraction benefitPerYear(
            Fraction improvement, long unitValueMinor, int attributionPercent, int confidencePercent) {
        return improvement
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

    /** The decimal without trailing zeros, and without an exponent: scale 0 at least (1200.0000 is 1200). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.setScale(Math.max(0, stripped.scale()));
    }

    private static void percent(String field, int value, List<FieldViolation> violations) {
        if (value < 0 || value > 100) {
            violations.add(new FieldViolation(field, PERCENT_REASON));
        }
    }
}
