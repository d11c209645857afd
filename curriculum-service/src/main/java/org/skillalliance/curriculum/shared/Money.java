package org.skillalliance.curriculum.shared;

import java.util.Currency;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** An amount in integer minor units (cents) of an ISO 4217 currency; never negative here (prices). */
@ValueObject
public record Money(long amountMinor, String currency) {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amountMinor < 0) {
            throw RuleBroken.invalid("amountMinor", "must be 0 or more (minor units, for example cents)");
        }
        if (!isIsoCurrency(currency)) {
            throw RuleBroken.invalid("currency", "'" + currency + "' is not an ISO 4217 currency code");
        }
    }

    public static boolean isIsoCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }
}
