package org.skillalliance.curriculum.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.enrolment.EnrolmentStatus;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.web.RuleRefusal;

class FollowUpTest {

    private static final LocalDate END = LocalDate.of(2026, 1, 1);
    private static final LocalDate OPENS = LocalDate.of(2026, 3, 2);
    private static final LocalDate CLOSES = LocalDate.of(2026, 6, 30);

    @Test
    void theWindowRunsFrom60To180DaysAfterTheCohortsEndBothInclusive() {
        FollowUpWindow window = FollowUpWindow.after(END);
        assertThat(window).isEqualTo(new FollowUpWindow(OPENS, CLOSES));
        assertThat(window.contains(OPENS.minusDays(1))).isFalse();
        assertThat(window.contains(OPENS)).isTrue();
        assertThat(window.contains(CLOSES)).isTrue();
        assertThat(window.contains(CLOSES.plusDays(1))).isFalse();
    }

    @Test
    void anUnratedFollowUpIsUpcomingThenDueThenOverdueAndARatedOneIsDone() {
        FollowUpWindow window = FollowUpWindow.after(END);
        assertThat(window.statusOn(END, false)).isEqualTo(FollowUpStatus.UPCOMING);
        assertThat(window.statusOn(OPENS.minusDays(1), false)).isEqualTo(FollowUpStatus.UPCOMING);
        assertThat(window.statusOn(OPENS, false)).isEqualTo(FollowUpStatus.DUE);
        assertThat(window.statusOn(CLOSES, false)).isEqualTo(FollowUpStatus.DUE);
        assertThat(window.statusOn(CLOSES.plusDays(1), false)).isEqualTo(FollowUpStatus.OVERDUE);
        for (LocalDate day : new LocalDate[] {END, OPENS, CLOSES, CLOSES.plusDays(1)}) {
            assertThat(window.statusOn(day, true)).isEqualTo(FollowUpStatus.DONE);
        }
    }

    @Test
    void aCompletedSeatIsRatedOnTheWindowsFirstAndLastDayAndCorrectedInside() {
        FollowUp followUp = followUp(EnrolmentStatus.COMPLETED);
        assertThat(followUp.statusOn(OPENS)).isEqualTo(FollowUpStatus.DUE);

        FollowUpEvent.Recorded first = followUp.rate(1, OPENS);
        assertThat(first.followUp()).isSameAs(followUp);
        assertThat(followUp.rating()).isEqualTo(1);
        assertThat(followUp.recordedOn()).isEqualTo(OPENS);
        assertThat(followUp.statusOn(CLOSES.plusDays(1))).isEqualTo(FollowUpStatus.DONE);

        followUp.rate(5, CLOSES);
        assertThat(followUp.rating()).isEqualTo(5);
        assertThat(followUp.recordedOn()).isEqualTo(CLOSES);
    }

    @Test
    void aRatingOutside1To5IsRefusedNamingTheRating() {
        for (int rating : new int[] {0, 6, -1}) {
            FollowUp followUp = followUp(EnrolmentStatus.COMPLETED);
            assertRefused(
                    () -> followUp.rate(rating, OPENS),
                    RuleRefusal.Kind.INVALID_INPUT,
                    "rating",
                    "must be between 1 and 5, got " + rating);
            assertThat(followUp.rating()).isNull();
        }
    }

    @Test
    void onlyACompletedSeatIsFollowedUp() {
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            if (status == EnrolmentStatus.COMPLETED) {
                continue;
            }
            FollowUp followUp = followUp(status);
            assertRefused(
                    () -> followUp.rate(4, OPENS),
                    RuleRefusal.Kind.RULE,
                    "enrolmentId",
                    "is " + status + "; only a COMPLETED seat has a follow-up");
            assertThat(followUp.rating()).isNull();
        }
    }

    @Test
    void aDayBeforeOrAfterTheWindowIsRefusedNamingBothDates() {
        for (LocalDate day : new LocalDate[] {OPENS.minusDays(1), CLOSES.plusDays(1)}) {
            FollowUp followUp = followUp(EnrolmentStatus.COMPLETED);
            assertRefused(
                    () -> followUp.rate(4, day),
                    RuleRefusal.Kind.RULE,
                    "enrolmentId",
                    "follow-up window is 2026-03-02 to 2026-06-30 (60 to 180 days after the cohort ended on"
                            + " 2026-01-01); today is " + day);
            assertThat(followUp.rating()).isNull();
            assertThat(followUp.recordedOn()).isNull();
        }
    }

    private static void assertRefused(Runnable action, RuleRefusal.Kind kind, String field, String reason) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleBroken.class, refused -> {
            assertThat(refused.kind()).isEqualTo(kind);
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.reason()).contains(reason);
        });
    }

    private static FollowUp followUp(EnrolmentStatus status) {
        return FollowUp.restore(
                new FollowUp.Seat(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        status,
                        END),
                null,
                null);
    }
}
