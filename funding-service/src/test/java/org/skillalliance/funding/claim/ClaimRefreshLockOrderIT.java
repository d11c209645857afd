package org.skillalliance.funding.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.curriculum.WorkplaceLearningKind;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.funding.FundingFixtures;
import org.skillalliance.funding.Upstream;
import org.skillalliance.funding.facts.LearningSignedOff;
import org.skillalliance.funding.facts.OutcomeRecorded;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The lock order of claim refreshes (docs/funding.md "Concurrency") on real PostgreSQL: an outcome and a sign-off of
 * one employer refresh its claims at the same moment (two consumer threads, or two instances).
 *
 * <p>Each employer has two awards of its own: one under a programme paying seats and hours for April to June (it pays
 * the employer's seat in an April cohort and its learning signed off in May), one under a programme paying hours for
 * January to March (its learning signed off in February). The outcome refreshes the seat claim, then both workplace
 * claims; the sign-off refreshes both workplace claims. Taking each refresh's locks as it came, the outcome held the
 * April award's (programme, employer) lock and row and asked for the January award's, while the sign-off, going by
 * award id, held the January award's and asked for the April one's whenever the January award's id sorted first:
 * PostgreSQL found a deadlock and aborted one of them.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaimRefreshLockOrderIT {

    static final int RACES = 24;
    static final LocalDate APRIL = LocalDate.of(2026, 4, 6);
    static final LocalDate FEBRUARY = LocalDate.of(2026, 2, 10);
    static final LocalDate MAY = LocalDate.of(2026, 5, 11);

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ClaimManagement claimManagement;

    ApiClient api;
    FundingFixtures fixtures;
    Upstream upstream;

    final UUID alliance = UUID.randomUUID();
    final UUID association = UUID.randomUUID();
    final UUID funder = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
        fixtures = new FundingFixtures(api);
        upstream = new Upstream(kafka, registry, jdbc);
    }

    /** One employer's race: its seat's outcome, its May learning's sign-off. */
    private record Race(UUID employer, Upstream.Seat seat, EventEnvelope signedOffInMay) {}

    @Test
    void anOutcomeAndASignOffOfOneEmployerRefreshingAtOnceNeverDeadlock() throws Exception {
        UUID course = upstream.course(alliance, "10", List.of("DIGITAL"));
        Upstream.Cohort april = upstream.cohort(course, alliance, association, APRIL, Pricing.PER_SEAT, 100_000);
        List<Race> races = new ArrayList<>();
        for (int i = 0; i < RACES; i++) {
            UUID employer = upstream.employer(alliance, 20, SizeBand.SMALL, "C25.62", "DE21");
            Upstream.Seat seat = upstream.confirm(april, employer);
            upstream.signedOff(WorkplaceLearningKind.ON_THE_JOB, alliance, employer, seat.staffId(), FEBRUARY, "4");
            races.add(new Race(
                    employer,
                    seat,
                    upstream.signedOff(WorkplaceLearningKind.MENTORING, alliance, employer, seat.staffId(), MAY, "6")));
        }
        upstream.start(april, RACES);
        races.forEach(race -> upstream.outcome(april, race.seat(), EnrolmentOutcome.COMPLETED, "10"));
        // the outcomes and sign-offs arrive before any award: no claim yet
        upstream.awaitConsumed();
        UUID seatsAndHours = fixtures.openProgramme(terms());
        UUID hoursOnly = fixtures.openProgramme(terms());
        for (Race race : races) {
            fixtures.employerAward(hoursOnly, funder, race.employer(), "2026-01-01", "2026-03-31", 200_000);
            fixtures.employerAward(seatsAndHours, funder, race.employer(), "2026-04-01", "2026-06-30", 200_000);
        }
        assertThat(claimsOf(races.getFirst().employer())).isZero();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> failed = new ArrayList<>();
        try {
            for (Race race : races) {
                CyclicBarrier start = new CyclicBarrier(2);
                Future<?> outcome = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    claimManagement.onOutcome(
                            new OutcomeRecorded(race.seat().enrolmentId(), april.id(), race.employer()));
                    return null;
                });
                Future<?> signOff = pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    claimManagement.onLearningSignedOff(new LearningSignedOff(
                            UUID.fromString(race.signedOffInMay().aggregateId()),
                            race.seat().staffId(),
                            race.employer()));
                    return null;
                });
                for (Future<?> refresh : List.of(outcome, signOff)) {
                    try {
                        refresh.get(30, TimeUnit.SECONDS);
                    } catch (ExecutionException e) {
                        failed.add("employer " + race.employer() + ": " + e.getCause());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("claim refresh lock order: %d of %d races failed%n", failed.size(), RACES);
        assertThat(failed).as("refreshes aborted while racing").isEmpty();
        // every employer: the seat claim (80000), the February learning (4 h x 1333 = 5332) under the January award,
        // the May learning (6 h x 1333 = 7998) under the April award
        for (Race race : races) {
            assertThat(jdbc.sql("select claimed_minor from claim where employer_id = :e order by claimed_minor")
                            .param("e", race.employer())
                            .query(Long.class)
                            .list())
                    .containsExactly(5332L, 7998L, 80000L);
        }
    }

    private Map<String, Object> terms() {
        Map<String, Object> terms = FundingFixtures.programme(funder, 100_000_000);
        terms.put("eligibleAllianceIds", List.of(alliance));
        terms.put("bandRules", List.of(FundingFixtures.band("SMALL", "0.8", 0, "0.1")));
        terms.put("schemeRules", Map.of("onTheJob", Map.of("ratePerHourMinor", 1333, "maxHoursPerParticipant", 100)));
        return terms;
    }

    private long claimsOf(UUID employer) {
        return jdbc.sql("select count(*) from claim where employer_id = :e")
                .param("e", employer)
                .query(Long.class)
                .single();
    }
}
