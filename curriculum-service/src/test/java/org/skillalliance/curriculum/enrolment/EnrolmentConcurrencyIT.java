package org.skillalliance.curriculum.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.Curriculum;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;

/** 100 simultaneous requests through the HTTP API for a 10-seat cohort, against real PostgreSQL. */
class EnrolmentConcurrencyIT extends ServiceIT {

    private UUID allianceId;
    private final List<MemberEvents.Employer> employers = new ArrayList<>();
    private final Map<UUID, UUID> employerOfStaff = new HashMap<>();

    @BeforeAll
    void tenEmployersWithTenStaffEach() {
        wire();
        allianceId = members.alliance("Metalworking alliance");
        for (int e = 0; e < 10; e++) {
            MemberEvents.Employer employer = members.activeEmployer(allianceId);
            employers.add(employer);
            members.staff(employer, 10).forEach(staff -> employerOfStaff.put(staff, employer.id()));
        }
        members.awaitConsumed();
    }

    @Test
    void hundredConcurrentRequestsForTenSeatsGiveTenConfirmedAndNinetyWaitlistedInFifoPositions() throws Exception {
        UUID cohort = curriculum
                .cohort(curriculum.publishedCourse(allianceId))
                .capacity(10)
                .open();

        List<Api.Response> responses = enrolEveryoneAtOnce(cohort);

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(responses.stream().filter(r -> "CONFIRMED".equals(r.text("status"))))
                .hasSize(10);
        List<Integer> positions = responses.stream()
                .filter(r -> "WAITLISTED".equals(r.text("status")))
                .map(r -> r.body().get("waitlistPosition").asInt())
                .sorted()
                .toList();
        assertThat(positions)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 90).boxed().toList());
        assertThat(responses.stream().map(Api.Response::id).distinct()).hasSize(100);

        assertStoredState(cohort, 10, 90, Integer.MAX_VALUE);
        List<EventEnvelope> events = awaitEvents(cohort, 102);
        assertThat(events.stream().filter(e -> e.eventType().equals(EventTypes.ENROLMENT_CONFIRMED)))
                .hasSize(10);
        assertThat(events.stream()
                        .filter(e -> e.eventType().equals(EventTypes.ENROLMENT_WAITLISTED))
                        .map(e -> e.payload().get("waitlistPosition").asInt())
                        .sorted()
                        .toList())
                .containsExactlyElementsOf(positions);

        // the same hundred requests again: every one returns its enrolment, nothing new
        List<Api.Response> repeats = enrolEveryoneAtOnce(cohort);
        assertThat(repeats)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        assertThat(repeats.stream().map(Api.Response::id).toList())
                .containsExactlyInAnyOrderElementsOf(
                        responses.stream().map(Api.Response::id).toList());
        assertStoredState(cohort, 10, 90, Integer.MAX_VALUE);
    }

    @Test
    void withAQuotaOfThreeNoEmployerHoldsMoreThanThreeSeats() throws Exception {
        UUID cohort = curriculum
                .cohort(curriculum.publishedCourse(allianceId))
                .capacity(10)
                .quota(3)
                .open();

        List<Api.Response> responses = enrolEveryoneAtOnce(cohort);

        assertThat(responses)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        Map<UUID, Long> seatsPerEmployer = new HashMap<>();
        responses.stream()
                .filter(r -> "CONFIRMED".equals(r.text("status")))
                .forEach(r -> seatsPerEmployer.merge(UUID.fromString(r.text("employerId")), 1L, Long::sum));
        assertThat(seatsPerEmployer.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(10);
        assertThat(seatsPerEmployer.values())
                .allSatisfy(seats -> assertThat(seats).isLessThanOrEqualTo(3));
        assertThat(responses.stream()
                        .filter(r -> "WAITLISTED".equals(r.text("status")))
                        .map(r -> r.body().get("waitlistPosition").asInt())
                        .sorted()
                        .toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 90).boxed().toList());
        assertStoredState(cohort, 10, 90, 3);
    }

    private List<Api.Response> enrolEveryoneAtOnce(UUID cohort) throws Exception {
        List<Callable<Api.Response>> requests = new ArrayList<>();
        employerOfStaff.forEach((staff, employer) ->
                requests.add(() -> api.post("/api/enrolments", Curriculum.enrolment(cohort, employer, staff))));
        Collections.shuffle(requests);
        try (ExecutorService pool = Executors.newFixedThreadPool(100)) {
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : pool.invokeAll(requests)) {
                responses.add(future.get());
            }
            return responses;
        }
    }

    private void assertStoredState(UUID cohort, int confirmed, int waiting, int quota) {
        List<Map<String, Object>> rows =
                jdbc.sql("""
                select status, employer_id, count(*) as n, count(distinct staff_id) as staff
                from enrolment where cohort_id = :cohort group by status, employer_id
                """).param("cohort", cohort).query().listOfRows();
        long storedConfirmed = rows.stream()
                .filter(r -> "CONFIRMED".equals(r.get("status")))
                .mapToLong(r -> ((Number) r.get("n")).longValue())
                .sum();
        long storedWaiting = rows.stream()
                .filter(r -> "WAITLISTED".equals(r.get("status")))
                .mapToLong(r -> ((Number) r.get("n")).longValue())
                .sum();
        assertThat(storedConfirmed).isEqualTo(confirmed);
        assertThat(storedWaiting).isEqualTo(waiting);
        assertThat(rows)
                .filteredOn(r -> "CONFIRMED".equals(r.get("status")))
                .allSatisfy(r -> assertThat(((Number) r.get("n")).intValue()).isLessThanOrEqualTo(quota));
        assertThat(jdbc.sql("select count(distinct staff_id) from enrolment where cohort_id = :cohort")
                        .param("cohort", cohort)
                        .query(Long.class)
                        .single())
                .isEqualTo(confirmed + waiting);
    }
}
