package org.skillalliance.funding.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.application.BeneficiaryKind;
import org.skillalliance.funding.facts.CohortStatus;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.facts.Pricing;
import org.skillalliance.funding.money.Money;

/**
 * Which seats an award covers ({@link Award#covers}): the rule claims are checked against, which until now only
 * {@code FundingFlowIT} and {@code EligibilityAndCapsIT} exercised, through claims made from outcome events.
 */
class AwardCoverageTest {

    static final UUID EMPLOYER = UUID.randomUUID();
    static final UUID OTHER_EMPLOYER = UUID.randomUUID();
    static final UUID ASSOCIATION = UUID.randomUUID();
    static final LocalDate PERIOD_START = LocalDate.of(2026, 3, 1);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 8, 31);

    @Test
    void anAssociationsAwardForACohortCoversEveryEmployersSeatsThereAnEmployersOnlyItsOwn() {
        Facts.Cohort cohort = cohortStarting(PERIOD_START);
        Award toAssociation = award(ASSOCIATION, BeneficiaryKind.ASSOCIATION, cohort.id());
        Award toEmployer = award(EMPLOYER, BeneficiaryKind.EMPLOYER, cohort.id());

        assertThat(toAssociation.covers(cohort, EMPLOYER)).isTrue();
        assertThat(toAssociation.covers(cohort, OTHER_EMPLOYER)).isTrue();
        assertThat(toEmployer.covers(cohort, EMPLOYER)).isTrue();
        assertThat(toEmployer.covers(cohort, OTHER_EMPLOYER)).isFalse();
    }

    @Test
    void anAwardForACohortCoversNoOtherCohortWhateverItsStart() {
        Facts.Cohort other = cohortStarting(PERIOD_START);

        assertThat(award(ASSOCIATION, BeneficiaryKind.ASSOCIATION, UUID.randomUUID())
                        .covers(other, EMPLOYER))
                .isFalse();
        assertThat(award(EMPLOYER, BeneficiaryKind.EMPLOYER, UUID.randomUUID()).covers(other, EMPLOYER))
                .isFalse();
    }

    @Test
    void anEmployersAwardWithoutACohortCoversItsSeatsInCohortsStartingInsideTheAwardPeriodBothEndsIncluded() {
        Award award = award(EMPLOYER, BeneficiaryKind.EMPLOYER, null);

        assertThat(award.covers(cohortStarting(PERIOD_START), EMPLOYER)).isTrue();
        assertThat(award.covers(cohortStarting(PERIOD_END), EMPLOYER)).isTrue();
        assertThat(award.covers(cohortStarting(PERIOD_START.minusDays(1)), EMPLOYER))
                .isFalse();
        assertThat(award.covers(cohortStarting(PERIOD_END.plusDays(1)), EMPLOYER))
                .isFalse();
        assertThat(award.covers(cohortStarting(PERIOD_START), OTHER_EMPLOYER)).isFalse();
    }

    @Test
    void anAssociationsAwardWithoutACohortCoversNothing() {
        Award award = award(ASSOCIATION, BeneficiaryKind.ASSOCIATION, null);

        assertThat(award.covers(cohortStarting(PERIOD_START), EMPLOYER)).isFalse();
        assertThat(award.covers(cohortStarting(PERIOD_START), ASSOCIATION)).isFalse();
    }

    private static Award award(UUID beneficiary, BeneficiaryKind kind, UUID cohortId) {
        return new Award(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                beneficiary,
                kind,
                cohortId,
                Money.of(50_000, "EUR"),
                PERIOD_START,
                PERIOD_END,
                Instant.parse("2026-02-15T09:00:00Z"));
    }

    private static Facts.Cohort cohortStarting(LocalDate start) {
        return new Facts.Cohort(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                ASSOCIATION,
                start,
                start.plusWeeks(6),
                CohortStatus.RUNNING,
                Pricing.TOTAL,
                90_000,
                "EUR",
                6);
    }
}
