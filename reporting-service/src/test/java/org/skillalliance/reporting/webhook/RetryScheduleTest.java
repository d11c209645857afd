package org.skillalliance.reporting.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The production schedule: 5 s doubling, at most an hour apart, for a day after the first attempt. */
class RetryScheduleTest {

    private final RetrySchedule schedule =
            new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(24));
    private final Instant first = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void thePauseDoublesFromFiveSecondsUpToAnHour() {
        assertThat(pauseAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(pauseAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(pauseAfter(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(pauseAfter(10)).isEqualTo(Duration.ofSeconds(2560));
        assertThat(pauseAfter(11)).isEqualTo(Duration.ofHours(1));
        assertThat(pauseAfter(40)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aDeliveryIsTriedForADayAfterItsFirstAttemptThenGivenUp() {
        List<Instant> attempts = new ArrayList<>(List.of(first));
        Instant next = schedule.nextAttempt(1, first, first);
        while (next != null) {
            attempts.add(next);
            next = schedule.nextAttempt(attempts.size(), first, next);
        }
        assertThat(attempts.getLast()).isBeforeOrEqualTo(first.plus(Duration.ofHours(24)));
        assertThat(attempts.getLast()).isAfter(first.plus(Duration.ofHours(23)));
        assertThat(attempts).hasSize(33);
    }

    private Duration pauseAfter(int failures) {
        return Duration.between(first, schedule.nextAttempt(failures, first, first));
    }
}
