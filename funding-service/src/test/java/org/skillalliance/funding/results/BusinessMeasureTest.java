package org.skillalliance.funding.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.UUID;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.MinorUnits;
import org.skillalliance.web.RuleRefusal;

/** The benefit per year of a business measure, exact (docs/roi-example: every measure of the worked example). */
class BusinessMeasureTest {

    /** A1: 250 more orders x 6,000 x 0.60 x 0.80 = 720,000. */
    @Example
    void moreOrdersWhereHigherIsBetter() {
        assertThat(measure("1200", "1450", true, 6_000, 60, 80).benefitPerYear())
                .isEqualTo(Fraction.of(720_000));
    }

    /** A2: 8 fewer complaints x 5,000 x 0.33 x 0.70 = 9,240. */
    @Example
    void fewerComplaintsWhereLowerIsBetter() {
        assertThat(measure("30", "22", false, 5_000, 33, 70).benefitPerYear()).isEqualTo(Fraction.of(9_240));
    }

    /** B1: 1.3 points less scrap x 250,003 x 0.70 x 0.85 = 193,377.3205, kept exact; shown 193,377. */
    @Example
    void aDecimalImprovementIsKeptExactAndRoundedOnlyForDisplay() {
        BusinessMeasure scrap = measure("4.5", "3.2", false, 250_003, 70, 85);
        assertThat(scrap.benefitPerYear()).isEqualTo(Fraction.parse("193377.3205"));
        assertThat(scrap.benefitPerYear().roundHalfUp()).hasToString("193377");
    }

    /** B2: on-time deliveries fell from 92 to 90 where higher is better: no benefit, never a negative one. */
    @Example
    void aMeasureThatGotWorseBringsNothing() {
        BusinessMeasure worse = measure("92", "90", true, 10_000, 50, 50);
        assertThat(worse.improvement()).isEqualTo(Fraction.ZERO);
        assertThat(worse.benefitPerYear()).isEqualTo(Fraction.ZERO);
    }

    @Example
    void aHalfMinorUnitIsShownRoundedUp() {
        // 1 x 1 x 0.5 x 1.0 = 0.5 -> 1
        assertThat(measure("0", "1", true, 1, 50, 100).benefitPerYear().roundHalfUp())
                .hasToString("1");
    }

    @Example
    void everyFieldOutOfRangeIsNamedWithItsReasonAtOnce() {
        assertThatThrownBy(() -> new BusinessMeasure(
                        UUID.randomUUID(),
                        "  ",
                        "x".repeat(51),
                        new BigDecimal("1.23456"),
                        new BigDecimal("1000000000"),
                        true,
                        -1,
                        101,
                        -1))
                .isInstanceOfSatisfying(RuleBroken.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(RuleRefusal.Kind.INVALID_INPUT);
                    assertThat(refusal.violations())
                            .containsExactly(
                                    new FieldViolation("name", "must not be blank"),
                                    new FieldViolation("unit", "must be at most 50 characters (51)"),
                                    new FieldViolation("valueBefore", BusinessMeasure.VALUE_REASON),
                                    new FieldViolation("valueAfter", BusinessMeasure.VALUE_REASON),
                                    new FieldViolation("unitValueMinor", BusinessMeasure.UNIT_VALUE_REASON),
                                    new FieldViolation("attributionPercent", BusinessMeasure.PERCENT_REASON),
                                    new FieldViolation("confidencePercent", BusinessMeasure.PERCENT_REASON));
                });
    }

    @Example
    void theBoundsThemselvesAreAccepted() {
        BusinessMeasure edge = new BusinessMeasure(
                UUID.randomUUID(),
                " " + "n".repeat(200) + " ",
                "u".repeat(50),
                new BigDecimal("-999999999.9999"),
                new BigDecimal("999999999.99990"),
                true,
                5_000,
                100,
                100);
        assertThat(edge.name()).hasSize(200);
        assertThat(edge.valueAfter()).isEqualByComparingTo("999999999.9999");
        // the widest improvement at 5,000 a unit: 1999999999.9998 x 5,000, just below the money bound
        assertThat(edge.benefitPerYear().roundHalfUp().longValueExact()).isEqualTo(9_999_999_999_999L);
        assertThat(measure("0", "1", true, BusinessMeasure.MAX_UNIT_VALUE_MINOR, 100, 100)
                        .benefitPerYear())
                .isEqualTo(Fraction.of(BusinessMeasure.MAX_UNIT_VALUE_MINOR));
        assertThatThrownBy(() -> measure("0", "1", true, BusinessMeasure.MAX_UNIT_VALUE_MINOR + 1, 1, 1))
                .isInstanceOfSatisfying(
                        RuleBroken.class,
                        refusal -> assertThat(refusal.violations())
                                .containsExactly(
                                        new FieldViolation("unitValueMinor", BusinessMeasure.UNIT_VALUE_REASON)));
    }

    /**
     * Values and unit value in range could still give 2 x 10^18 a year; a measure is worth at most 10^13 minor units
     * a year (the project's money bound, web-support's {@code MinorUnits.MAX}): exactly that is accepted, one
     * ten-thousandth of a unit more improvement is refused naming {@code unitValueMinor} and what it would be worth.
     */
    @Example
    void aBenefitPerYearAboveTheMoneyBoundIsRefused() {
        assertThat(BusinessMeasure.MAX_BENEFIT_PER_YEAR_MINOR).isEqualTo(MinorUnits.MAX);
        long unitValue = BusinessMeasure.MAX_UNIT_VALUE_MINOR;
        BusinessMeasure largest = measure("0", "10000", true, unitValue, 100, 100);
        assertThat(largest.benefitPerYear()).isEqualTo(Fraction.of(MinorUnits.MAX));

        assertThatThrownBy(() -> measure("0", "10000.0001", true, unitValue, 100, 100))
                .isInstanceOfSatisfying(RuleBroken.class, refusal -> {
                    assertThat(refusal.kind()).isEqualTo(RuleRefusal.Kind.INVALID_INPUT);
                    assertThat(refusal.violations())
                            .containsExactly(new FieldViolation(
                                    "unitValueMinor",
                                    "gives a benefit per year of 10000000100000 minor units (improvement x unit value"
                                            + " x attribution x confidence); at most 10000000000000 (10^13, the"
                                            + " project's money bound) is accepted"));
                });
        // the widest values at the largest unit value: 1999999999.9998 x 10^9, as lower-is-better too
        assertThatThrownBy(() -> measure("999999999.9999", "-999999999.9999", false, unitValue, 100, 100))
                .isInstanceOfSatisfying(
                        RuleBroken.class, refusal -> assertThat(refusal.field()).isEqualTo("unitValueMinor"));
        // attribution and confidence count: 10^14 x 0.1 x 0.1 = 10^12 is fine
        assertThat(measure("0", "100000", true, unitValue, 10, 10).benefitPerYear())
                .isEqualTo(Fraction.of(1_000_000_000_000L));
        // a measure that got worse is worth nothing, however large the change
        assertThat(measure("999999999.9999", "-999999999.9999", true, unitValue, 100, 100)
                        .benefitPerYear())
                .isEqualTo(Fraction.ZERO);
    }

    /** Values are plain decimals: no trailing zeros and never an exponent (1200.0000 and 1.2E+3 are both 1200). */
    @Example
    void valuesAreKeptAsPlainDecimals() {
        BusinessMeasure orders = measure("1200.0000", "1.2E+3", true, 1, 1, 1);
        assertThat(orders.valueBefore()).hasToString("1200");
        assertThat(orders.valueAfter()).hasToString("1200");
        assertThat(orders.valueBefore().scale()).isZero();
        assertThat(measure("4.50", "0.0000", false, 1, 1, 1).valueBefore()).hasToString("4.5");
        assertThat(measure("4.50", "0.0000", false, 1, 1, 1).valueAfter()).hasToString("0");
        assertThat(measure("-100", "3.2500", true, 1, 1, 1).valueBefore()).hasToString("-100");
        assertThat(measure("-100", "3.2500", true, 1, 1, 1).valueAfter()).hasToString("3.25");
    }

    /**
     * The direction is only a point of view: the same change seen from the other side (values swapped, direction
     * flipped) is worth the same, and no measure is ever worth less than nothing; one worth more than the money bound
     * where it improved is refused.
     */
    @Property(tries = 300)
    void theBenefitIsNeverNegativeAndDoesNotDependOnWhichSideTheChangeIsSeenFrom(
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long before,
            @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long after,
            @ForAll boolean higherIsBetter,
            @ForAll @LongRange(min = 0, max = BusinessMeasure.MAX_UNIT_VALUE_MINOR) long unitValue,
            @ForAll @IntRange(min = 0, max = 100) int attribution,
            @ForAll @IntRange(min = 0, max = 100) int confidence) {
        String b = BigDecimal.valueOf(before, 4).toPlainString();
        String a = BigDecimal.valueOf(after, 4).toPlainString();
        Fraction exact = Fraction.of(BigDecimal.valueOf(Math.abs(after - before), 4))
                .times(unitValue)
                .times(attribution)
                .times(confidence)
                .dividedBy(10_000);
        boolean improved = higherIsBetter ? after > before : after < before;
        if (exact.compareTo(Fraction.of(BusinessMeasure.MAX_BENEFIT_PER_YEAR_MINOR)) > 0) {
            // worth more than the money bound where it improved: refused; the same change the other way is worth 0
            String from = improved ? b : a;
            String to = improved ? a : b;
            assertThatThrownBy(() -> measure(from, to, higherIsBetter, unitValue, attribution, confidence))
                    .isInstanceOfSatisfying(
                            RuleBroken.class,
                            refusal -> assertThat(refusal.field()).isEqualTo("unitValueMinor"));
            assertThat(measure(to, from, higherIsBetter, unitValue, attribution, confidence)
                            .benefitPerYear())
                    .isEqualTo(Fraction.ZERO);
            return;
        }
        BusinessMeasure seen = measure(b, a, higherIsBetter, unitValue, attribution, confidence);
        BusinessMeasure reversed = measure(a, b, !higherIsBetter, unitValue, attribution, confidence);

        assertThat(seen.benefitPerYear().signum()).isNotNegative();
        assertThat(seen.benefitPerYear()).isEqualTo(reversed.benefitPerYear());
        assertThat(seen.benefitPerYear()).isEqualTo(improved ? exact : Fraction.ZERO);
    }

    static BusinessMeasure measure(
            String before, String after, boolean higherIsBetter, long unitValue, int attribution, int confidence) {
        return new BusinessMeasure(
                UUID.randomUUID(),
                "measure",
                "units",
                new BigDecimal(before),
                new BigDecimal(after),
                higherIsBetter,
                unitValue,
                attribution,
                confidence);
    }
}
