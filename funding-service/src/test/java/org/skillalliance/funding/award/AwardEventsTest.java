package org.skillalliance.funding.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Money;

/** Granting an award returns the event of its making, carrying the new award. */
class AwardEventsTest {

    @Test
    void grantingReturnsAwardedWithTheApplicationsBeneficiaryCohortAndPeriod() {
        var application = org.skillalliance.funding.application.ApplicationFixtures.underReview();
        UUID programme = application.programmeId();
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        AwardEvent.Awarded awarded =
                Award.grant(programme, application, Money.of(40_000, "EUR"), Money.of(100_000, "EUR"), now);
        Award award = awarded.award();
        assertThat(award.id()).isNotNull();
        assertThat(award.programmeId()).isEqualTo(programme);
        assertThat(award.applicationId()).isEqualTo(application.id());
        assertThat(award.beneficiaryId()).isEqualTo(application.applicantId());
        assertThat(award.beneficiaryKind()).isEqualTo(application.applicantKind());
        assertThat(award.cohortId()).isEqualTo(application.cohortId());
        assertThat(award.amount()).isEqualTo(Money.of(40_000, "EUR"));
        assertThat(award.periodStart()).isEqualTo(application.periodStart());
        assertThat(award.periodEnd()).isEqualTo(application.periodEnd());
        assertThat(award.awardedAt()).isEqualTo(now);
    }
}
