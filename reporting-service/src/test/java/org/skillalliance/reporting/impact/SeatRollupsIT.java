package org.skillalliance.reporting.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.contracts.curriculum.DeliveryMode;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcome;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentStatus;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.contracts.curriculum.Pricing;
import org.skillalliance.contracts.curriculum.SkillCategory;
import org.skillalliance.contracts.member.AgeBand;
import org.skillalliance.contracts.member.Gender;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.contracts.member.StaffConsentChanged;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;
import org.skillalliance.reporting.projection.ProjectionFeed;
import org.skillalliance.reporting.projection.ProjectionFeed.TopicEvent;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The seat rollups the projector keeps ({@code rp_seat_pair}, V11__impact_rollups.sql) against a recomputation from
 * the seats, over randomised event sequences: a small alliance (employers, staff, courses, cohorts, enrolments,
 * withdrawals, outcomes, consent changes, departures, employers changing size band) whose events are shuffled and
 * applied in random polls through the real listener. After every poll the rollup rows equal what the view derives
 * from the seats as they stand; at the end, the report over the rollups equals, figure for figure, the report over the
 * seats one by one, and so does the commitment the awards place on them. Needs no web server nor Keycloak, but runs
 * with them to share the application context of the service's other integration tests.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeatRollupsIT {

    private static final LocalDate YEAR = LocalDate.of(2026, 1, 1);

    @Autowired
    ApplicationContext context;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcImpactFacts facts;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void theRollupsAreTheSeatsRolledUpWhateverTheOrderOfTheEvents(long seed) {
        Random random = new Random(seed);
        World world = new World(random);
        List<TopicEvent> events = world.events();
        Collections.shuffle(events, random);
        int applied = 0;
        while (applied < events.size()) {
            int poll = Math.min(events.size() - applied, 1 + random.nextInt(12));
            ProjectionFeed.apply(context, events.subList(applied, applied + poll));
            applied += poll;
            assertThat(rollupRows(world, "rp_seat_pair"))
                    .as("rollups after %d of %d events", applied, events.size())
                    .isEqualTo(rollupRows(world, "rp_seat_pair_source"));
        }
        assertThat(rollupRows(world, "rp_seat_pair")).isNotEmpty();

        List<String> tags = List.of("DIGITAL");
        List<PairSeats> pairs = facts.pairs(world.cohorts, world.employers, tags);
        List<CoveredSeat> seats = facts.seats(world.cohorts, world.employers, tags);
        assertThat(pairs.stream().mapToLong(PairSeats::seats).sum()).isEqualTo(seats.size());
        for (int k : new int[] {1, 2, 3}) {
            JdbcImpactFacts.Programme programme = new JdbcImpactFacts.Programme(
                    UUID.randomUUID(),
                    UUID.randomUUID(),
                    "Randomised",
                    "EUR",
                    YEAR,
                    YEAR.plusYears(1).minusDays(1),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    tags,
                    k);
            LocalDate asOf = YEAR.plusMonths(6 * k);
            assertThat(ImpactFigures.ofPairs(
                            programme,
                            YEAR,
                            asOf,
                            null,
                            Instant.EPOCH,
                            BigDecimal.ONE,
                            asOf,
                            pairs,
                            List.of(),
                            List.of(),
                            null,
                            null))
                    .isEqualTo(ImpactFigures.report(
                            programme,
                            YEAR,
                            asOf,
                            null,
                            Instant.EPOCH,
                            BigDecimal.ONE,
                            asOf,
                            seats,
                            List.of(),
                            List.of(),
                            null,
                            null));
        }

        List<JdbcImpactFacts.Award> awards = new ArrayList<>();
        world.employers.forEach(employer -> awards.add(new JdbcImpactFacts.Award(
                UUID.randomUUID(), employer, "EMPLOYER", null, 100_000, YEAR, YEAR.plusMonths(8))));
        awards.add(new JdbcImpactFacts.Award(
                UUID.randomUUID(), UUID.randomUUID(), "ASSOCIATION", world.cohorts.getFirst(), 77_777, null, null));
        Coverage coverage = new Coverage(tags, awards);
        LocalDate midYear = YEAR.plusMonths(5);
        assertThat(coverage.committedToPairs(
                        pairs.stream().filter(coverage::covers).toList(),
                        pair -> pair.cohortStart().isBefore(midYear),
                        award -> false))
                .isEqualTo(coverage.committed(
                        seats.stream().filter(coverage::covers).toList(),
                        seat -> seat.cohortStart().isBefore(midYear),
                        award -> false));
    }

    /** The rows of a rollup table or view for the world's cohorts, as text, in key order. */
    private List<String> rollupRows(World world, String table) {
        return jdbc.sql("select r::text from %s r where cohort_id = any(:cohorts) order by cohort_id, employer_id"
                        .formatted(table))
                .param("cohorts", world.cohorts.toArray(UUID[]::new))
                .query(String.class)
                .list();
    }

    /** A small alliance's events, each of its facts drawn from {@code random}. */
    private final class World {

        final Random random;
        final UUID alliance = UUID.randomUUID();
        final List<UUID> employers = new ArrayList<>();
        final List<UUID> staff = new ArrayList<>();
        final List<UUID> staffEmployer = new ArrayList<>();
        final List<UUID> courses = new ArrayList<>();
        final List<UUID> cohorts = new ArrayList<>();
        final List<UUID> cohortCourse = new ArrayList<>();
        final List<TopicEvent> events = new ArrayList<>();

        World(Random random) {
            this.random = random;
        }

        List<TopicEvent> events() {
            for (int e = 0; e < 3; e++) {
                UUID employer = UUID.randomUUID();
                employers.add(employer);
                organisation(employer);
                if (random.nextBoolean()) {
                    organisation(employer); // registered again: a new size band, sector or region
                }
            }
            for (int s = 0; s < 8; s++) {
                UUID person = UUID.randomUUID();
                UUID employer = employers.get(random.nextInt(employers.size()));
                staff.add(person);
                staffEmployer.add(employer);
                boolean consent = random.nextBoolean();
                member(
                        EventTypes.STAFF_REGISTERED,
                        person,
                        new StaffRegistered(
                                person,
                                employer,
                                "7223",
                                LocalDate.of(2015, 1, 1),
                                consent,
                                consent ? pick(Gender.values()) : null,
                                consent ? pick(AgeBand.values()) : null));
                if (random.nextInt(4) == 0) {
                    boolean changed = random.nextBoolean();
                    member(
                            EventTypes.STAFF_CONSENT_CHANGED,
                            person,
                            new StaffConsentChanged(
                                    person,
                                    employer,
                                    changed,
                                    changed ? pick(Gender.values()) : null,
                                    changed ? pick(AgeBand.values()) : null));
                }
                if (random.nextInt(4) == 0) {
                    member(
                            EventTypes.STAFF_LEFT,
                            person,
                            new StaffLeft(person, employer, YEAR.plusDays(100 + random.nextInt(500))));
                }
            }
            for (int c = 0; c < 2; c++) {
                UUID course = UUID.randomUUID();
                courses.add(course);
                List<CourseSkill> skills = new ArrayList<>();
                for (int k = 1 + random.nextInt(2); k > 0; k--) {
                    skills.add(new CourseSkill(UUID.randomUUID(), "SK-" + k, pick(SkillCategory.values()), 3));
                }
                curriculum(
                        EventTypes.COURSE_PUBLISHED,
                        course,
                        new CoursePublished(
                                course,
                                alliance,
                                UUID.randomUUID(),
                                "RND-" + course.toString().substring(0, 4),
                                "Randomised course",
                                DeliveryMode.IN_PERSON,
                                new BigDecimal("16.00"),
                                skills,
                                random.nextBoolean() ? List.of("DIGITAL") : List.of("GREEN"),
                                null));
            }
            for (int c = 0; c < 4; c++) {
                UUID cohort = UUID.randomUUID();
                UUID course = courses.get(random.nextInt(courses.size()));
                cohorts.add(cohort);
                cohortCourse.add(course);
                LocalDate start = YEAR.plusDays(random.nextInt(330));
                curriculum(
                        EventTypes.COHORT_STATUS_CHANGED,
                        cohort,
                        new CohortStatusChanged(
                                cohort,
                                course,
                                alliance,
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                start,
                                start.plusDays(5),
                                start.minusMonths(1),
                                start.minusDays(1),
                                20,
                                5,
                                null,
                                new CohortCost(Pricing.TOTAL, 100_000, "EUR"),
                                CohortStatus.RUNNING,
                                CohortStatus.OPEN,
                                1));
            }
            for (int n = 0; n < 24; n++) {
                enrolment();
            }
            return events;
        }

        private void enrolment() {
            UUID id = UUID.randomUUID();
            int c = random.nextInt(cohorts.size());
            int s = random.nextInt(staff.size());
            UUID cohort = cohorts.get(c);
            UUID course = cohortCourse.get(c);
            UUID person = staff.get(s);
            UUID employer = staffEmployer.get(s);
            curriculum(
                    EventTypes.ENROLMENT_CONFIRMED,
                    cohort,
                    new EnrolmentConfirmed(
                            id, cohort, course, person, employer, EnrolmentStatus.CONFIRMED, null, null));
            int roll = random.nextInt(10);
            if (roll == 0) {
                curriculum(
                        EventTypes.ENROLMENT_WITHDRAWN,
                        cohort,
                        new EnrolmentWithdrawn(
                                id,
                                cohort,
                                course,
                                person,
                                employer,
                                EnrolmentStatus.WITHDRAWN,
                                EnrolmentStatus.CONFIRMED,
                                null));
            } else if (roll < 8) {
                EnrolmentOutcome outcome = pick(EnrolmentOutcome.values());
                boolean scored = random.nextBoolean();
                int pre = 20 + random.nextInt(50);
                curriculum(
                        EventTypes.ENROLMENT_OUTCOME_RECORDED,
                        cohort,
                        new EnrolmentOutcomeRecorded(
                                id,
                                cohort,
                                course,
                                person,
                                employer,
                                outcome,
                                new BigDecimal(random.nextInt(40) + ".25"),
                                scored ? pre : null,
                                scored ? pre + random.nextInt(25) : null,
                                random.nextBoolean() ? 1 + random.nextInt(5) : null,
                                outcome == EnrolmentOutcome.COMPLETED && random.nextBoolean(),
                                outcome == EnrolmentOutcome.COMPLETED ? YEAR.plusDays(random.nextInt(360)) : null));
            }
        }

        private void organisation(UUID employer) {
            SizeBand band = pick(new SizeBand[] {SizeBand.MICRO, SizeBand.SMALL, SizeBand.MEDIUM});
            member(
                    EventTypes.ORGANISATION_REGISTERED,
                    employer,
                    new OrganisationRegistered(
                            employer,
                            OrganisationType.EMPLOYER,
                            "DE",
                            pick(new String[] {"DE21", "DE71", "DE30"}),
                            pick(new String[] {"C25.62", "J62.01", "F43.21"}),
                            band == SizeBand.MICRO ? 5 : band == SizeBand.SMALL ? 20 : 100,
                            band));
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private void member(String type, UUID key, Object payload) {
            add(Topics.MEMBER, "member-service", type, key, payload);
        }

        private void curriculum(String type, UUID key, Object payload) {
            add(Topics.CURRICULUM, "curriculum-service", type, key, payload);
        }

        private void add(String topic, String source, String type, UUID key, Object payload) {
            events.add(new TopicEvent(topic, registry.envelope(type, key.toString(), source, payload)));
        }
    }
}
