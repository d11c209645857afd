package org.skillalliance.funding.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Exact rationals keep every step of a reimbursement exact until the one rounding DESIGN section 3 allows. */
class FractionTest {

    @Test
    void fractionsAreKeptReducedWithAPositiveDenominator() {
        Fraction twoThirds = Fraction.of(-4, -6);
        assertThat(twoThirds.numerator()).isEqualTo(BigInteger.TWO);
        assertThat(twoThirds.denominator()).isEqualTo(BigInteger.valueOf(3));
        Fraction minusHalf = Fraction.of(3, -6);
        assertThat(minusHalf.numerator()).isEqualTo(BigInteger.valueOf(-1));
        assertThat(minusHalf.denominator()).isEqualTo(BigInteger.TWO);
        assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.ZERO);
        assertThat(Fraction.of(7)).isEqualTo(Fraction.of(14, 2));
        assertThatThrownBy(() -> Fraction.of(1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void decimalsAndTextAreReadExactly() {
        assertThat(Fraction.of(new BigDecimal("0.6"))).isEqualTo(Fraction.of(3, 5));
        assertThat(Fraction.of(new BigDecimal("37.5"))).isEqualTo(Fraction.of(75, 2));
        assertThat(Fraction.of(new BigDecimal("12"))).isEqualTo(Fraction.of(12));
        assertThat(Fraction.of(new BigDecimal("1E+2"))).isEqualTo(Fraction.of(100));
        assertThat(Fraction.parse("7/3")).isEqualTo(Fraction.of(7, 3));
        assertThat(Fraction.parse(" 14 / 6 ")).isEqualTo(Fraction.of(7, 3));
        assertThat(Fraction.parse(" 2.5 ")).isEqualTo(Fraction.of(5, 2));
        assertThatThrownBy(() -> Fraction.parse("1/0")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void roundingHalfUpGoesToTheNearestWholeNumberAndAHalfAwayFromZero() {
        assertThat(Fraction.parse("193377.3205").roundHalfUp()).isEqualTo(BigInteger.valueOf(193_377));
        assertThat(Fraction.of(1, 2).roundHalfUp()).isEqualTo(BigInteger.ONE);
        assertThat(Fraction.of(49, 100).roundHalfUp()).isEqualTo(BigInteger.ZERO);
        assertThat(Fraction.of(5, 3).roundHalfUp()).isEqualTo(BigInteger.TWO);
        assertThat(Fraction.of(-1, 2).roundHalfUp()).isEqualTo(BigInteger.valueOf(-1));
        assertThat(Fraction.of(7).roundHalfUp()).isEqualTo(BigInteger.valueOf(7));
    }

    @Test
    void arithmeticIsExact() {
        Fraction third = Fraction.of(1, 3);
        Fraction half = Fraction.of(1, 2);
        assertThat(third.plus(half)).isEqualTo(Fraction.of(5, 6));
        assertThat(third.minus(half)).isEqualTo(Fraction.of(-1, 6));
        assertThat(third.times(half)).isEqualTo(Fraction.of(1, 6));
        assertThat(third.times(6)).isEqualTo(Fraction.of(2));
        assertThat(half.dividedBy(3)).isEqualTo(Fraction.of(1, 6));
        assertThat(third.negate()).isEqualTo(Fraction.of(-1, 3));
        // three thirds of 100000 cents are exactly 100000: no cent lost on the way
        assertThat(Fraction.of(100_000).dividedBy(3).times(3)).isEqualTo(Fraction.of(100_000));
    }

    @Test
    void minMaxAndOrder() {
        Fraction third = Fraction.of(1, 3);
        Fraction half = Fraction.of(1, 2);
        assertThat(third.min(half)).isSameAs(third);
        assertThat(half.min(third)).isSameAs(third);
        assertThat(third.max(half)).isSameAs(half);
        assertThat(half.max(third)).isSameAs(half);
        assertThat(third.compareTo(half)).isNegative();
        assertThat(half.compareTo(third)).isPositive();
        assertThat(Fraction.of(2, 4).compareTo(half)).isZero();
        assertThat(Fraction.of(-1, 2).signum()).isEqualTo(-1);
        assertThat(Fraction.ZERO.signum()).isZero();
        assertThat(third.signum()).isEqualTo(1);
    }

    @Test
    void floorRoundsTowardsMinusInfinity() {
        assertThat(Fraction.of(7, 2).floor()).isEqualTo(BigInteger.valueOf(3));
        assertThat(Fraction.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Fraction.of(-4, 2).floor()).isEqualTo(BigInteger.valueOf(-2));
        assertThat(Fraction.of(6).floor()).isEqualTo(BigInteger.valueOf(6));
        assertThat(Fraction.of(7, 2).fractionalPart()).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(-7, 3).fractionalPart()).isEqualTo(Fraction.of(2, 3));
        assertThat(Fraction.of(5).fractionalPart()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void decimalsForDisplayAreRoundedDown() {
        assertThat(Fraction.of(2, 3).toDecimal(2)).isEqualByComparingTo("0.66");
        assertThat(Fraction.of(-1, 3).toDecimal(2)).isEqualByComparingTo("-0.34");
        assertThat(Fraction.of(5, 2).toDecimal(0)).isEqualByComparingTo("2");
    }

    @Test
    void equalityIsByValue() {
        assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2)).hasSameHashCodeAs(Fraction.of(1, 2));
        assertThat(Fraction.of(1, 2))
                .isNotEqualTo(Fraction.of(1, 3))
                .isNotEqualTo(Fraction.of(3, 2))
                .isNotEqualTo("1/2");
        assertThat(Fraction.of(1, 2).hashCode()).isNotEqualTo(Fraction.of(2, 1).hashCode());
        assertThat(Fraction.of(7, 3)).hasToString("7/3");
        assertThat(Fraction.of(6, 3)).hasToString("2");
    }
}
