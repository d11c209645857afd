package org.skillalliance.funding.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** DESIGN section 3: money is integer minor units with an ISO 4217 currency; funding-service moves no debts. */
class MoneyTest {

    @Test
    void amountsAddAndSubtractInMinorUnitsOfOneCurrency() {
        Money fee = Money.of(150_000, "EUR");
        Money grant = Money.of(90_050, "EUR");

        assertThat(fee.plus(grant)).isEqualTo(Money.of(240_050, "EUR"));
        assertThat(fee.minus(grant)).isEqualTo(Money.of(59_950, "EUR"));
        assertThat(fee.minus(fee)).isEqualTo(Money.zero("EUR"));
        assertThat(Money.zero("EUR").amountMinor()).isZero();
        assertThat(fee.toString()).isEqualTo("150000 EUR (minor units)");
    }

    @Test
    void exceedsIsStrictlyMore() {
        assertThat(Money.of(101, "EUR").exceeds(Money.of(100, "EUR"))).isTrue();
        assertThat(Money.of(100, "EUR").exceeds(Money.of(100, "EUR"))).isFalse();
        assertThat(Money.of(99, "EUR").exceeds(Money.of(100, "EUR"))).isFalse();
    }

    @Test
    void currenciesAreNeverMixed() {
        Money euros = Money.of(100, "EUR");
        Money francs = Money.of(100, "CHF");

        assertThatThrownBy(() -> euros.plus(francs))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("CHF");
        assertThatThrownBy(() -> euros.minus(francs)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> euros.exceeds(francs)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noNegativeAmountsAndNoOverflow() {
        assertThat(Money.of(0, "EUR").amountMinor()).isZero();
        assertThatThrownBy(() -> Money.of(-1, "EUR"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> Money.of(100, "EUR").minus(Money.of(101, "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").plus(Money.of(1, "EUR")))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void onlyIso4217CodesAreCurrencies() {
        assertThat(Money.isIsoCurrency("EUR")).isTrue();
        assertThat(Money.isIsoCurrency("JPY")).isTrue();
        assertThat(Money.isIsoCurrency("eur")).isFalse();
        assertThat(Money.isIsoCurrency("EURO")).isFalse();
        assertThat(Money.isIsoCurrency("ABC")).isFalse();
        assertThat(Money.isIsoCurrency(null)).isFalse();
        assertThatThrownBy(() -> Money.of(1, "ABC"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ABC");
        assertThatThrownBy(() -> Money.of(1, null)).isInstanceOf(NullPointerException.class);
    }
}
