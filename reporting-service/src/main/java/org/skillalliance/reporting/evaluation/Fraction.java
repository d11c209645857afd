package org.skillalliance.reporting.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An exact amount of money in minor units, numerator / positive denominator, reduced: a seat's training cost is a
 * share divided by a seat count, which no decimal holds exactly (100,000 / 3). The evaluation adds and subtracts these
 * and rounds once, at the end; ROI % and the benefit-cost ratio divide exact values. No bound: stored data of any size
 * gives figures, never an overflow.
 */
@ValueObject
public record Fraction(BigInteger numerator, BigInteger denominator) {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    public Fraction {
        if (denominator.signum() <= 0) {
            throw new ArithmeticException("the denominator must be positive: " + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        return denominator.signum() < 0
                ? new Fraction(numerator.negate(), denominator.negate())
                : new Fraction(numerator, denominator);
    }

    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** The exact value of a decimal: 193377.3205 = 386754641/2000. */
    public static Fraction of(BigDecimal decimal) {
        return decimal.scale() <= 0
                ? new Fraction(decimal.toBigIntegerExact(), BigInteger.ONE)
                : new Fraction(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    }

    public static Fraction of(BigInteger whole) {
        return new Fraction(whole, BigInteger.ONE);
    }

    public Fraction plus(Fraction other) {
        return new Fraction(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction minus(Fraction other) {
        return plus(new Fraction(other.numerator.negate(), other.denominator));
    }

    public int signum() {
        return numerator.signum();
    }

    /** The nearest whole number of minor units, a half rounded away from zero: the one rounding, at the end. */
    public BigInteger roundHalfUp() {
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP)
                .toBigIntegerExact();
    }

    /** This / {@code divisor} (positive), rounded half up to {@code scale} decimals from the exact quotient. */
    public BigDecimal dividedBy(Fraction divisor, int scale) {
        return new BigDecimal(numerator.multiply(divisor.denominator))
                .divide(new BigDecimal(denominator.multiply(divisor.numerator)), scale, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
