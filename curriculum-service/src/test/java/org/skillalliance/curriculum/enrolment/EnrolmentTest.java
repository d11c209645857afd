package org.skillalliance.curriculum.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.shared.RuleBroken;
import org.skillalliance.curriculum.shared.TransitionRefused;

class EnrolmentTest {

    private static final BigDecimal COURSE_HOURS = new BigDecimal("16");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aRequestIsConfirmedOrWaitlistedAsTheSeatBookSays() {
        SeatBook full = new SeatBook(1, null, Map.of(UUID.randomUUID(), 1), 4);
        EnrolmentEvent event = request(full);
        assertThat(event).isInstanceOf(EnrolmentEvent.Waitlisted.class);
        assertThat(((EnrolmentEvent.Waitlisted) event).waitlistPosition()).isEqualTo(5);
        assertThat(event.enrolment().waitlistTicket()).isEqualTo(77L);

        EnrolmentEvent confirmed = request(new SeatBook(1, null, Map.of(), 0));
        assertThat(confirmed).isInstanceOf(EnrolmentEvent.Confirmed.class);
        assertThat(confirmed.enrolment().waitlistTicket()).isNull();
    }

    @Test
    void withdrawingTellsWhatWasFreedAndCannotHappenTwice() {
        Enrolment confirmed = request(new SeatBook(1, null, Map.of(), 0)).enrolment();
        EnrolmentEvent withdrawn = confirmed.withdraw(null);
        assertThat(withdrawn).isEqualTo(new EnrolmentEvent.Withdrawn(confirmed, EnrolmentStatus.CONFIRMED, null));
        assertThatThrownBy(() -> confirmed.withdraw(null))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("it is WITHDRAWN");
    }

    @Test
    void outcomeInputIsCheckedFieldByField() {
        assertRefused(input(EnrolmentStatus.COMPLETED, "16.5", 10, 90, 4, false), "attendedHours", "must not exceed");
        assertRefused(input(EnrolmentStatus.COMPLETED, "-1", 10, 90, 4, false), "attendedHours", "0 or more");
        assertRefused(input(EnrolmentStatus.COMPLETED, "3.333", 10, 90, 4, false), "attendedHours", "2 decimals");
        assertRefused(input(EnrolmentStatus.COMPLETED, "16", -1, 90, 4, false), "preScore", "between 0 and 100");
        assertRefused(input(EnrolmentStatus.COMPLETED, "16", 10, 101, 4, false), "postScore", "between 0 and 100");
        assertRefused(input(EnrolmentStatus.COMPLETED, "16", 10, 90, 0, false), "satisfaction", "between 1 and 5");
        assertRefused(input(EnrolmentStatus.NO_SHOW, "2", null, null, null, false), "attendedHours", "no-show");
        assertRefused(
                input(EnrolmentStatus.NOT_COMPLETED, "8", null, null, null, true), "credentialAwarded", "COMPLETED");
        assertRefused(input(EnrolmentStatus.WAITLISTED, "8", null, null, null, false), "outcome", "COMPLETED");
    }

    @Test
    void aReactionCommentIsKeptTrimmedBlankIsNoneAndMoreThanAThousandCharactersIsRefused() {
        Enrolment enrolment = confirmed();
        enrolment.recordOutcome(
                commented(EnrolmentStatus.COMPLETED, "16", 30, 80, 5, false, "  Clear and practical.\n "),
                COURSE_HOURS,
                true,
                TODAY,
                Instant.EPOCH);
        assertThat(enrolment.outcome().comment()).isEqualTo("Clear and practical.");

        enrolment.recordOutcome(
                commented(EnrolmentStatus.COMPLETED, "16", 30, 80, 5, false, " \t "),
                COURSE_HOURS,
                true,
                TODAY,
                Instant.EPOCH);
        assertThat(enrolment.outcome().comment()).isNull();

        String longest = "x".repeat(1000);
        enrolment.recordOutcome(
                commented(EnrolmentStatus.COMPLETED, "16", 30, 80, 5, false, "  " + longest + "  "),
                COURSE_HOURS,
                true,
                TODAY,
                Instant.EPOCH);
        assertThat(enrolment.outcome().comment()).isEqualTo(longest);
        assertRefused(
                commented(EnrolmentStatus.COMPLETED, "16", 30, 80, 5, false, longest + "y"),
                "comment",
                "at most 1000 characters after trimming, got 1001");
    }

    @Test
    void aCorrectionWithoutACommentKeepsTheStoredOneAnEmptyOneClearsItAndTextReplacesIt() {
        Enrolment enrolment = confirmed();
        record(enrolment, commented(EnrolmentStatus.COMPLETED, "16", 30, 80, 5, false, "Clear and practical."));
        // the provider corrects the hours and the result: the form never had the comment, so it sends none
        record(enrolment, input(EnrolmentStatus.NOT_COMPLETED, "12", 30, 60, 4, false));
        assertThat(enrolment.outcome().comment()).isEqualTo("Clear and practical.");
        assertThat(enrolment.outcome().attendedHours()).isEqualByComparingTo("12");

        record(enrolment, commented(EnrolmentStatus.NOT_COMPLETED, "12", 30, 60, 4, false, " Too fast "));
        assertThat(enrolment.outcome().comment()).isEqualTo("Too fast");

        record(enrolment, commented(EnrolmentStatus.NOT_COMPLETED, "12", 30, 60, 4, false, ""));
        assertThat(enrolment.outcome().comment()).isNull();

        // a first outcome without a comment has none
        Enrolment first = confirmed();
        record(first, input(EnrolmentStatus.COMPLETED, "16", 30, 80, 5, false));
        assertThat(first.outcome().comment()).isNull();
    }

    private static void record(Enrolment enrolment, OutcomeInput input) {
        enrolment.recordOutcome(input, COURSE_HOURS, true, TODAY, Instant.EPOCH);
    }

    @Test
    void aCompletedOutcomeWithTheCredentialAwardedEarnsIt() {
        Enrolment enrolment = confirmed();
        enrolment.recordOutcome(
                input(EnrolmentStatus.COMPLETED, "15.5", 30, 80, 5, true), COURSE_HOURS, true, TODAY, Instant.EPOCH);
        assertThat(enrolment.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(enrolment.hasCredential()).isTrue();
        assertThat(enrolment.outcome().completedOn()).isEqualTo(TODAY);

        enrolment.recordOutcome(
                input(EnrolmentStatus.NOT_COMPLETED, "6", null, null, null, false),
                COURSE_HOURS,
                true,
                TODAY,
                Instant.EPOCH);
        assertThat(enrolment.hasCredential()).isFalse();
        assertThat(enrolment.outcome().completedOn()).isNull();
    }

    @Test
    void aCredentialTheCourseDoesNotOfferCannotBeAwarded() {
        assertThatThrownBy(() -> confirmed()
                        .recordOutcome(
                                input(EnrolmentStatus.COMPLETED, "16", null, null, null, true),
                                COURSE_HOURS,
                                false,
                                TODAY,
                                Instant.EPOCH))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("offers no credential");
    }

    @Test
    void aWaiterHasNoOutcome() {
        Enrolment waiter =
                request(new SeatBook(1, null, Map.of(UUID.randomUUID(), 1), 0)).enrolment();
        assertThatThrownBy(() -> waiter.recordOutcome(
                        input(EnrolmentStatus.NO_SHOW, "0", null, null, null, false),
                        COURSE_HOURS,
                        true,
                        TODAY,
                        Instant.EPOCH))
                .isInstanceOf(TransitionRefused.class);
    }

    private static void assertRefused(OutcomeInput input, String field, String reason) {
        assertThatThrownBy(() -> confirmed().recordOutcome(input, COURSE_HOURS, true, TODAY, Instant.EPOCH))
                .isInstanceOfSatisfying(RuleBroken.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.reason()).contains(reason);
                });
    }

    private static OutcomeInput input(
            EnrolmentStatus result, String hours, Integer pre, Integer post, Integer satisfaction, boolean credential) {
        return commented(result, hours, pre, post, satisfaction, credential, null);
    }

    private static OutcomeInput commented(
            EnrolmentStatus result,
            String hours,
            Integer pre,
            Integer post,
            Integer satisfaction,
            boolean credential,
            String comment) {
        return new OutcomeInput(result, new BigDecimal(hours), pre, post, satisfaction, credential, null, comment);
    }

    private static Enrolment confirmed() {
        return request(new SeatBook(1, null, Map.of(), 0)).enrolment();
    }

    private static EnrolmentEvent request(SeatBook seats) {
        return Enrolment.request(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                seats,
                () -> 77L,
                Instant.EPOCH);
    }
}
