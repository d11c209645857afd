package org.skillalliance.funding.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An exact rational number (numerator / positive denominator, always reduced). Training cost per seat is a share
 * divided by a seat count, which a decimal cannot always hold; fractions keep every step exact until the one rounding
 * the rules allow.
 */
@ValueObject
public final class Fraction implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
    public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Fraction(BigInteger numerator, BigInteger denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("denominator is zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Fraction(numerator, denominator);
    }

    public static Fraction of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(long whole) {
        return of(BigInteger.valueOf(whole), BigInteger.ONE);
    }

    /** The exact value of a decimal, such as {@code 0.6} = 3/5 or {@code 37.5} = 75/2. */
    public static Fraction of(BigDecimal decimal) {
        if (decimal.scale() <= 0) {
            return of(decimal.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    }

    /** Parses {@code "7/3"} or a decimal such as {@code "2.5"}. */
    public static Fraction parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            return of(new BigDecimal(text.trim()));
        }
        return of(
                new BigInteger(text.substring(0, slash).trim()),
                new BigInteger(text.substring(slash + 1).trim()));
    }

    public Fraction plus(Fraction other) {
        return of(
                numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Fraction minus(Fraction other) {
        return plus(other.negate());
    }

    public Fraction times(Fraction other) {
        return of(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Fraction times(long factor) {
        return of(numerator.multiply(BigInteger.valueOf(factor)), denominator);
    }

    public Fraction dividedBy(long divisor) {
        return of(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    public Fraction negate() {
        return new Fraction(numerator.negate(), denominator);
    }

    public Fraction min(Fraction other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Fraction max(Fraction other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The largest whole number not above this value. */
    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** This value minus its floor, in [0, 1). */
    public Fraction fractionalPart() {
        return minus(of(floor(), BigInteger.ONE));
    }

    public int signum() {
        return numerator.signum();
    }

    public BigInteger numerator() {
        return numerator;
    }

    public BigInteger denominator() {
        return denominator;
    }

    /** A decimal for display and storage, rounded down at {@code scale} places. */
    public BigDecimal toDecimal(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.FLOOR);
    }

    /** The nearest whole number, a half rounded up (away from zero): money shown once, at the end. */
    public BigInteger roundHalfUp() {
        return new BigDecimal(numerator)
                .divide(new BigDecimal(denominator), 0, RoundingMode.HALF_UP)
                .toBigIntegerExact();
    }

    @Override
    public int compareTo(Fraction other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction f && numerator.equals(f.numerator) && denominator.equals(f.denominator);
    }

    @Override
    public int hashCode() {
        return 31 * numerator.hashCode() + denominator.hashCode();
    }

    @Override
    public String toString() {
        return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
    }
}
