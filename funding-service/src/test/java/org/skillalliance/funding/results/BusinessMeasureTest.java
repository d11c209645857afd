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
                BusinessMeasure.MAX_UNIT_VALUE_MINOR,
                100,
                100);
        assertThat(edge.name()).hasSize(200);
        assertThat(edge.valueAfter()).isEqualByComparingTo("999999999.9999");
        // the largest benefit a measure can have still fits a long: 1999999999.9998 x 10^9
        assertThat(edge.benefitPerYear().roundHalfUp().longValueExact()).isEqualTo(1_999_999_999_999_800_000L);
        assertThatThrownBy(() -> measure("0", "1", true, BusinessMeasure.MAX_UNIT_VALUE_MINOR + 1, 1, 1))
                .isInstanceOfSatisfying(
                        RuleBroken.class,
                        refusal -> assertThat(refusal.violations())
                                .containsExactly(
                                        new FieldViolation("unitValueMinor", BusinessMeasure.UNIT_VALUE_REASON)));
    }

    /**
     * The direction is only a point of view: the same change seen from the other side (values swapped, direction
     * flipped) is worth the same, and no measure is ever worth less than nothing.
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
        BusinessMeasure seen = measure(b, a, higherIsBetter, unitValue, attribution, confidence);
        BusinessMeasure reversed = measure(a, b, !higherIsBetter, unitValue, attribution, confidence);

        assertThat(seen.benefitPerYear().signum()).isNotNegative();
        assertThat(seen.benefitPerYear()).isEqualTo(reversed.benefitPerYear());
        Fraction exact = Fraction.of(BigDecimal.valueOf(Math.abs(after - before), 4))
                .times(unitValue)
                .times(attribution)
                .times(confidence)
                .dividedBy(10_000);
        boolean improved = higherIsBetter ? after > before : after < before;
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
