package org.skillalliance.funding.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.application.ApplicationFixtures;
import org.skillalliance.funding.application.GrantApplication;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.web.RuleRefusal;

/**
 * An award commits at most what its programme has available and what its application requested ({@link Award#grant}),
 * both limits included. {@code ProgrammeApiIT} checks the same refusals through the API, with the available budget read
 * from the ledger under the programme's lock.
 */
class AwardLimitsTest {

    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    /** Requests 50,000 EUR. */
    final GrantApplication application = ApplicationFixtures.underReview();

    @Test
    void anAwardMayTakeAllThatIsAvailableAndAllThatWasRequested() {
        AwardEvent.Awarded awarded = grant(50_000, 50_000);

        assertThat(awarded.award().amount()).isEqualTo(Money.of(50_000, "EUR"));
    }

    @Test
    void anAwardAboveTheProgrammesAvailableBudgetIsRefused() {
        RuleBroken refused = catchThrowableOfType(RuleBroken.class, () -> grant(30_001, 30_000));

        assertThat(refused.kind()).isEqualTo(RuleRefusal.Kind.RULE);
        assertThat(refused.field()).isEqualTo("amountMinor");
        assertThat(refused.reason()).isEqualTo("exceeds the programme's available budget of 30000 EUR");
    }

    @Test
    void anAwardAboveTheAmountRequestedIsRefusedWhateverTheBudget() {
        RuleBroken refused = catchThrowableOfType(RuleBroken.class, () -> grant(50_001, 1_000_000));

        assertThat(refused.field()).isEqualTo("amountMinor");
        assertThat(refused.reason()).isEqualTo("exceeds the requested amount of 50000 EUR");
    }

    private AwardEvent.Awarded grant(long amountMinor, long availableMinor) {
        return Award.grant(
                UUID.randomUUID(), application, Money.of(amountMinor, "EUR"), Money.of(availableMinor, "EUR"), NOW);
    }
}
