package org.skillalliance.curriculum.skillsneeds.objective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.skillsneeds.objective.ObjectiveProgress.Outcomes;
import org.skillalliance.curriculum.skillsneeds.objective.ObjectiveProgress.Status;

class ObjectiveProgressTest {

    static final LocalDate CREATED = LocalDate.of(2026, 1, 1);
    static final LocalDate TARGET = LocalDate.of(2027, 6, 30);

    // "120 staff at level 3 or above in skill X by 2027-06-30", set on 2026-01-01 with 20 staff there already.
    // 2026-01-01 to 2027-06-30 is 365 + 180 = 545 days.
    final Objective staff = Objective.staffAtLevel(
            UUID.randomUUID(), UUID.randomUUID(), "120 at level 3", UUID.randomUUID(), 3, 120, TARGET, CREATED, 20);

    @Test
    void theTrajectoryRunsLinearlyFromTheBaselineToTheTarget() {
        LocalDate july = LocalDate.of(2026, 7, 1); // 181 days after creation, 364 before the target date
        // required = 20 + ceil(100 x 181 / 545) = 20 + ceil(33.21) = 54
        ObjectiveProgress behind = ObjectiveProgress.staffAtLevel(staff, 50, july);
        assertThat(behind.requiredNow()).isEqualByComparingTo("54");
        assertThat(behind.status()).isEqualTo(Status.BEHIND);
        assertThat(behind.onTrack()).isFalse();
        assertThat(behind.remaining()).isEqualByComparingTo("70");
        assertThat(behind.daysLeft()).isEqualTo(364);
        // 70 staff in 364 days: 70 x 30 / 364 = 5.769... per 30 days
        assertThat(behind.requiredPer30Days()).isEqualByComparingTo("5.77");

        assertThat(ObjectiveProgress.staffAtLevel(staff, 54, july).status()).isEqualTo(Status.ON_TRACK);
        assertThat(ObjectiveProgress.staffAtLevel(staff, 120, july).status()).isEqualTo(Status.ACHIEVED);
        assertThat(ObjectiveProgress.staffAtLevel(staff, 119, TARGET.plusDays(1))
                        .status())
                .isEqualTo(Status.MISSED);

        // one point on the creation day, one on the 1st of each month up to June 2027, and the target date: 19
        var trajectory = behind.trajectory();
        assertThat(trajectory).hasSize(19);
        assertThat(trajectory.getFirst()).isEqualTo(new ObjectiveProgress.Point(CREATED, BigDecimal.valueOf(20)));
        // 2026-02-01: 31 days, 20 + ceil(100 x 31 / 545) = 20 + ceil(5.69) = 26
        assertThat(trajectory.get(1))
                .isEqualTo(new ObjectiveProgress.Point(LocalDate.of(2026, 2, 1), BigDecimal.valueOf(26)));
        assertThat(trajectory.getLast()).isEqualTo(new ObjectiveProgress.Point(TARGET, BigDecimal.valueOf(120)));
    }

    @Test
    void aCompletionRateIsOnTrackWhileTheRateSoFarReachesTheTarget() {
        Objective rate = Objective.completionRate(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "80% completion",
                UUID.randomUUID(),
                new BigDecimal("0.8"),
                CREATED,
                LocalDate.of(2026, 12, 31),
                CREATED);
        LocalDate june = LocalDate.of(2026, 6, 1);

        // 2 completed of 2 + 1 + 1 outcomes = 0.5; (2 + n) / (4 + n) >= 0.8 from n = (0.8 x 4 - 2) / 0.2 = 6
        ObjectiveProgress behind = ObjectiveProgress.completionRate(rate, new Outcomes(2, 1, 1), june);
        assertThat(behind.current()).isEqualByComparingTo("0.5000");
        assertThat(behind.status()).isEqualTo(Status.BEHIND);
        assertThat(behind.completionsNeeded()).isEqualTo(6);
        assertThat(behind.remaining()).isEqualByComparingTo("0.3000");

        ObjectiveProgress onTrack = ObjectiveProgress.completionRate(rate, new Outcomes(4, 1, 0), june);
        assertThat(onTrack.current()).isEqualByComparingTo("0.8000");
        assertThat(onTrack.status()).isEqualTo(Status.ON_TRACK);
        assertThat(onTrack.completionsNeeded()).isZero();
        assertThat(ObjectiveProgress.completionRate(rate, new Outcomes(4, 1, 0), LocalDate.of(2027, 1, 1))
                        .status())
                .isEqualTo(Status.ACHIEVED);

        ObjectiveProgress none = ObjectiveProgress.completionRate(rate, new Outcomes(0, 0, 0), june);
        assertThat(none.status()).isEqualTo(Status.NO_DATA);
        assertThat(none.onTrack()).isNull();
        assertThat(none.current()).isNull();

        Objective all = Objective.completionRate(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "all",
                UUID.randomUUID(),
                BigDecimal.ONE,
                CREATED,
                LocalDate.of(2026, 12, 31),
                CREATED);
        assertThat(ObjectiveProgress.completionRate(all, new Outcomes(3, 1, 0), june)
                        .completionsNeeded())
                .isNull();
    }

    @Test
    void aTargetDateMustLieAfterToday() {
        assertThatThrownBy(() -> Objective.staffAtLevel(
                        UUID.randomUUID(), UUID.randomUUID(), "t", UUID.randomUUID(), 3, 10, CREATED, CREATED, 0))
                .isInstanceOfSatisfying(RuleBroken.class, e -> {
                    assertThat(e.kind()).isEqualTo(RuleBroken.Kind.RULE);
                    assertThat(e.field()).isEqualTo("targetDate");
                });
        assertThatThrownBy(() -> Objective.completionRate(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "t",
                        UUID.randomUUID(),
                        new BigDecimal("1.5"),
                        CREATED,
                        TARGET,
                        CREATED))
                .isInstanceOfSatisfying(
                        RuleBroken.class, e -> assertThat(e.field()).isEqualTo("targetRate"));
    }
}
