package org.skillalliance.curriculum.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.shared.RuleBroken;

class WorkplaceLearningTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aSignOffSumsTheSessionsExactlyAndStartsOnTheFirstSessionsDay() {
        WorkplaceLearning plan = plan(new BigDecimal("40"));
        List<LearningSession> sessions = List.of(
                session(plan, TODAY.minusDays(3), "0.1"),
                session(plan, TODAY.minusDays(9), "0.2"),
                session(plan, TODAY, "11.99"));

        WorkplaceLearning.SignedOff signed =
                plan.signOff(3, "  ran the line alone ", LearningRole.MENTOR, sessions, TODAY, NOW);

        assertThat(signed.event().loggedHours()).isEqualTo(new BigDecimal("12.29"));
        assertThat(signed.event().sessions()).isEqualTo(3);
        assertThat(signed.event().startedOn()).isEqualTo(TODAY.minusDays(9));
        assertThat(signed.event().signedOffOn()).isEqualTo(TODAY);
        assertThat(signed.learning().signOff().evidence()).isEqualTo("ran the line alone");
        assertThat(signed.learning().status(3)).isEqualTo(LearningStatus.SIGNED_OFF);
        assertThatThrownBy(() -> signed.learning().signOff(4, "again", LearningRole.HR, sessions, TODAY, NOW))
                .isInstanceOf(AlreadyFinal.class)
                .hasMessageContaining("signed off on " + TODAY);
        assertThatThrownBy(() -> signed.learning()
                        .logSession(UUID.randomUUID(), TODAY, BigDecimal.ONE, "more", LearningRole.HR, TODAY, NOW))
                .isInstanceOf(AlreadyFinal.class);
    }

    @Test
    void aSessionStaysInsideThePeriodAndNotInTheFuture() {
        WorkplaceLearning plan = plan(BigDecimal.TEN);
        assertThat(session(plan, TODAY.minusDays(30), "12").hours()).isEqualTo(new BigDecimal("12.00"));
        assertThatThrownBy(() -> session(plan, TODAY.minusDays(31), "1"))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining(TODAY.minusDays(30) + " to " + TODAY.plusDays(30));
        assertThatThrownBy(() -> session(plan, TODAY.plusDays(1), "1"))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("after today");
        assertThatThrownBy(() -> session(plan, TODAY, "12.01"))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("at most 12");
    }

    @Test
    void aPlanIsRefusedForAWorkshopAMentorWhoIsTheLearnerOrAPeriodOverTwoYears() {
        UUID staff = UUID.randomUUID();
        assertThatThrownBy(() -> WorkplaceLearning.plan(
                        UUID.randomUUID(),
                        LearningKind.WORKSHOP,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        staff,
                        UUID.randomUUID(),
                        3,
                        UUID.randomUUID(),
                        BigDecimal.ONE,
                        TODAY,
                        TODAY,
                        NOW))
                .hasMessageContaining("kind");
        assertThatThrownBy(() -> WorkplaceLearning.plan(
                        UUID.randomUUID(),
                        LearningKind.MENTORING,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        staff,
                        UUID.randomUUID(),
                        3,
                        staff,
                        BigDecimal.ONE,
                        TODAY,
                        TODAY,
                        NOW))
                .hasMessageContaining("mentorStaffId");
        assertThat(WorkplaceLearning.plan(
                                UUID.randomUUID(),
                                LearningKind.MENTORING,
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                staff,
                                UUID.randomUUID(),
                                3,
                                UUID.randomUUID(),
                                new BigDecimal("2000"),
                                TODAY,
                                TODAY.plusYears(2),
                                NOW)
                        .plannedHours())
                .isEqualTo(new BigDecimal("2000.00"));
        assertThatThrownBy(() -> WorkplaceLearning.plan(
                        UUID.randomUUID(),
                        LearningKind.MENTORING,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        staff,
                        UUID.randomUUID(),
                        3,
                        UUID.randomUUID(),
                        BigDecimal.ONE,
                        TODAY,
                        TODAY.plusYears(2).plusDays(1),
                        NOW))
                .hasMessageContaining("endsOn");
    }

    private static WorkplaceLearning plan(BigDecimal hours) {
        return WorkplaceLearning.plan(
                UUID.randomUUID(),
                LearningKind.ON_THE_JOB,
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                3,
                UUID.randomUUID(),
                hours,
                TODAY.minusDays(30),
                TODAY.plusDays(30),
                NOW);
    }

    private static LearningSession session(WorkplaceLearning plan, LocalDate day, String hours) {
        return plan.logSession(UUID.randomUUID(), day, new BigDecimal(hours), "practised", LearningRole.HR, TODAY, NOW);
    }
}
