package org.skillalliance.messaging.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScrapeReadingTest {

    private Instant now = Instant.parse("2026-12-06T12:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void theGaugesOfOneScrapeShareOneReadingAndAFailedReadingIsNoOldValue() {
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger failing = new AtomicInteger();
        ScrapeReading<Double> reading = new ScrapeReading<>(
                "the test table",
                clock,
                at -> {
                    if (failing.get() > 0) {
                        throw new IllegalStateException("database down");
                    }
                    return (double) reads.incrementAndGet();
                },
                Double.NaN);

        assertThat(reading.get()).isEqualTo(1.0);
        now = now.plus(Duration.ofMillis(249));
        assertThat(reading.get()).isEqualTo(1.0);
        now = now.plus(Duration.ofMillis(1));
        assertThat(reading.get()).isEqualTo(2.0);

        failing.set(1);
        now = now.plus(ScrapeReading.KEPT);
        assertThat(reading.get()).isNaN();
        failing.set(0);
        now = now.plus(ScrapeReading.KEPT);
        assertThat(reading.get()).isEqualTo(3.0);
    }
}
