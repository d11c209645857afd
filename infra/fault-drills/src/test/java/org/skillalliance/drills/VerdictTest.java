package org.skillalliance.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The drills' double-count check on data a consumer leaves behind when its inbox deduplicates and when it does not:
 * the same deliveries (one event redelivered, as after a relay's crash or a consumer's restart) applied by a consumer
 * that records a processed mark and adds to its counts on each application it makes.
 */
class VerdictTest {

    private static final long SEAT_PRICE = 10_000;

    /** Three enrolments confirmed; the second's event is delivered twice. */
    private final List<UUID> enrolments = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    private final List<UUID> events = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    private final List<UUID> deliveries = List.of(events.get(0), events.get(1), events.get(2), events.get(1));

    @Test
    void aConsumerThatDeduplicatesLeavesNothingDoubleCounted() {
        Verdict verdict = verdictAfter(consume(true));

        assertThat(verdict.doubleCounted()).isZero();
        assertThat(verdict.doubleCountedMinor()).isZero();
        assertThat(verdict.behind()).isZero();
        assertThat(verdict.disagreements()).isEmpty();
        assertThat(verdict.consistent()).isTrue();
    }

    @Test
    void aConsumerWithoutDeduplicationIsReportedAsDoubleCounting() {
        Verdict verdict = verdictAfter(consume(false));

        // the redelivered event: one processed mark too many, one confirmed seat and its price counted twice
        assertThat(verdict.doubleCounted()).as("events and seats counted twice").isEqualTo(2);
        assertThat(verdict.doubleCountedMinor()).as("money counted twice").isEqualTo(SEAT_PRICE);
        assertThat(verdict.disagreements())
                .containsExactly(
                        "confirmed seats in reporting rp_enrolment 4 against the service's 3",
                        "confirmed seats' money (minor units) in reporting rp_enrolment 40000 against the service's 30000",
                        "reporting.projections 5 processed of 4 distinct sent");
        assertThat(verdict.consistent()).isFalse();
        String printed = printed(verdict);
        assertThat(printed).contains("double-counted 2 (events and enrolments), 10000 minor units of money", "FAILED");
        System.out.print(printed);
        // what the old check compared (rows of the projection against the service's rows) saw nothing: same keys
        assertThat(verdict.lost()).isZero();
        assertThat(verdict.countedInReporting()).isEqualTo(3);
    }

    @Test
    void anEventNotYetProcessedIsBehindNotDoubled() {
        Consumed consumed = consume(true);
        consumed.processed().remove(events.get(2));
        Verdict verdict = verdictAfter(consumed);

        assertThat(verdict.doubleCounted()).isZero();
        assertThat(verdict.behind()).isEqualTo(1);
        assertThat(verdict.consistent()).isFalse();
    }

    @Test
    void aMarkForAnEventNoTopicHoldsIsCountedFromNowhere() {
        Consumed consumed = consume(true);
        consumed.processed().add(UUID.randomUUID());
        Verdict verdict = verdictAfter(consumed);

        assertThat(verdict.doubleCounted()).isEqualTo(1);
        assertThat(verdict.consistent()).isFalse();
    }

    @Test
    void theInboxesAreReadOnlyOnceTheCheaperChecksHold() {
        Verdict withoutInboxes = verdictAfter(consume(true), false);

        assertThat(withoutInboxes.consistentApartFromInboxes()).isTrue();
        assertThat(withoutInboxes.consistent())
                .as("not consistent before the inboxes were read")
                .isFalse();
    }

    /** The drill's report of the verdict, as {@code ./fault-drills} prints it. */
    private static String printed(Verdict verdict) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DrillReport(1, Drill.POISON, verdict, 1.0, 0, Duration.ofSeconds(1), Double.NaN, 0)
                .print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What the consumer holds after the deliveries: its processed marks (one per application) and its counts. */
    private record Consumed(List<UUID> processed, long confirmedSeats, long seatMoneyMinor) {}

    /**
     * Applies every delivery as reporting would, with its inbox deduplicating or not. Without deduplication a delivery
     * is applied each time it arrives, its mark recorded each time (as a log without a unique key would hold them);
     * the effect adds a confirmed seat at the seat's price. A member event the consumer also reads is processed once.
     */
    private Consumed consume(boolean deduplicate) {
        List<UUID> processed = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        long seats = 0;
        for (UUID event : deliveries) {
            if (deduplicate && !seen.add(event)) {
                continue;
            }
            processed.add(event);
            seats++;
        }
        processed.add(MEMBER_EVENT);
        return new Consumed(processed, seats, seats * SEAT_PRICE);
    }

    private static final UUID MEMBER_EVENT = UUID.randomUUID();

    private Verdict verdictAfter(Consumed consumed) {
        return verdictAfter(consumed, true);
    }

    private Verdict verdictAfter(Consumed consumed, boolean readInboxes) {
        Map<UUID, String> service = new HashMap<>();
        enrolments.forEach(id -> service.put(id, "CONFIRMED"));
        long serviceSeats = enrolments.size();
        List<Tally> tallies = List.of(
                Tally.count("confirmed seats", "reporting rp_enrolment", serviceSeats, consumed.confirmedSeats()),
                Tally.money(
                        "confirmed seats' money (minor units)",
                        "reporting rp_enrolment",
                        serviceSeats * SEAT_PRICE,
                        consumed.seatMoneyMinor()),
                Tally.count("confirmed seats", "funding fact_enrolment", serviceSeats, serviceSeats));
        Verdict verdict = Verdict.of(
                Set.copyOf(enrolments),
                service,
                Map.copyOf(service),
                tallies,
                Map.of("curriculum", 0L),
                Map.of("reporting-service", 0L),
                List.of(),
                Set.of());
        if (!readInboxes) {
            return verdict;
        }
        List<UUID> onTopics = new ArrayList<>(deliveries);
        onTopics.add(MEMBER_EVENT);
        return verdict.withInboxes(List.of(
                InboxTally.of("reporting.projections", consumed.processed(), onTopics),
                InboxTally.of("funding.member-facts", List.of(MEMBER_EVENT), List.of(MEMBER_EVENT))));
    }
}
