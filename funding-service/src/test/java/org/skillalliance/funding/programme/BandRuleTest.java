package org.skillalliance.funding.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.shared.SizeBand;

/** DESIGN section 3: a seat is reimbursed at min(cost rate, 1 - minimum employer share) of its training cost. */
class BandRuleTest {

    @Test
    void theMinimumEmployerShareCapsTheCostRate() {
        // 90% rate but the employer keeps 25%: 75%
        assertThat(rule("0.9", "0.25").effectiveCostRate()).isEqualTo(Fraction.of(3, 4));
        // 60% rate, employer keeps 10%: 60%
        assertThat(rule("0.6", "0.1").effectiveCostRate()).isEqualTo(Fraction.of(3, 5));
        assertThat(rule("1", "0").effectiveCostRate()).isEqualTo(Fraction.ONE);
        assertThat(rule("1", "1").effectiveCostRate()).isEqualTo(Fraction.ZERO);
    }

    @Test
    void ratesAndSharesAreBetweenZeroAndOne() {
        assertThat(rule("0", "0").costRate()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> rule("1.01", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("costRate");
        assertThatThrownBy(() -> rule("-0.1", "0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("costRate");
        assertThatThrownBy(() -> rule("0.5", "1.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumEmployerShare");
        assertThatThrownBy(() -> rule("0.5", "-0.5"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumEmployerShare");
    }

    @Test
    void theWageSubsidyIsZeroOrMore() {
        assertThat(new BandRule(SizeBand.SMALL, BigDecimal.ONE, 0, BigDecimal.ZERO).wageSubsidyPerHourMinor())
                .isZero();
        assertThatThrownBy(() -> new BandRule(SizeBand.SMALL, BigDecimal.ONE, -1, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BandRule rule(String rate, String minimumShare) {
        return new BandRule(SizeBand.MICRO, new BigDecimal(rate), 0, new BigDecimal(minimumShare));
    }
}
