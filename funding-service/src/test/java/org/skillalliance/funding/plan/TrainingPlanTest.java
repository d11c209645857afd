package org.skillalliance.funding.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.SchemeRules;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.web.FieldViolation;

/** A plan is filed and replaced only up to its due date; a staff member named twice is one participant. */
class TrainingPlanTest {

    private static final UUID ANNA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID BEN = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private static final PlanDue DUE =
            PlanDue.of(new SchemeRules(30, null, null, null, List.of(), List.of()), LocalDate.of(2026, 5, 31));

    @Test
    void filedByTheDueDateItListsItsParticipantsOnce() {
        TrainingPlan plan = TrainingPlan.file(
                UUID.randomUUID(), UUID.randomUUID(), contents(ANNA, BEN, ANNA), DUE, LocalDate.of(2026, 5, 1), NOW);

        assertThat(plan.participantIds()).containsExactly(ANNA, BEN);
        assertThat(plan.dueOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(plan.filedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(plan.lists(BEN)).isTrue();
    }

    @Test
    void aFilingAfterTheDueDateIsRefusedNamingTheCohortAndTheDate() {
        assertThatThrownBy(() -> TrainingPlan.file(
                        UUID.randomUUID(), UUID.randomUUID(), contents(ANNA), DUE, LocalDate.of(2026, 5, 2), NOW))
                .isInstanceOf(RuleBroken.class)
                .satisfies(e -> assertThat(((RuleBroken) e).violations())
                        .containsExactly(new FieldViolation(
                                "cohortId",
                                "the training plan was due by 2026-05-01 (30 days before the cohort starts on "
                                        + "2026-05-31)")));
    }

    @Test
    void aPlanIsReplacedWhileNotYetDueAndNoLonger() {
        TrainingPlan plan = TrainingPlan.file(
                UUID.randomUUID(), UUID.randomUUID(), contents(ANNA), DUE, LocalDate.of(2026, 4, 1), NOW);

        plan.refile(contents(BEN), DUE, LocalDate.of(2026, 4, 20), NOW.plusSeconds(60));
        assertThat(plan.participantIds()).containsExactly(BEN);
        assertThat(plan.filedOn()).isEqualTo(LocalDate.of(2026, 4, 20));

        assertThatThrownBy(() -> plan.refile(contents(ANNA), DUE, LocalDate.of(2026, 5, 2), NOW))
                .isInstanceOf(RuleBroken.class);
        assertThat(plan.participantIds()).containsExactly(BEN);
    }

    private static TrainingPlan.Contents contents(UUID... participants) {
        return new TrainingPlan.Contents(
                UUID.randomUUID(), List.of(participants), new BigDecimal("20"), Money.of(120_000, "EUR"));
    }
}
