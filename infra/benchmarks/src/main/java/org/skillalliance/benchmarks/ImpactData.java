package org.skillalliance.benchmarks;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Generated facts for the impact report's latency: {@code enrolments} enrolments (1,000,000 in a full run) of the staff
 * of {@code employers} employers (20,000) in 4,000 cohorts of 200 courses, 50 grant programmes of the demo funder,
 * each awarding 1/50 of the employers (plus four association awards of whole cohorts), with cost shares, claims and
 * disbursements. Deterministic (one seeded {@link Random}).
 *
 * <p>Loaded fast, on purpose past Kafka: {@code COPY} straight into reporting-service's projection tables, the rows
 * the projector would have written had the events come through the topics. The live projection keeps running beside
 * it (the ids are new, nothing collides). The report is then read through the gateway as any funder reads it.
 *
 * <p>Generated in steps ({@link #growTo}): the courses, cohorts and programmes first, for the full size, then employers
 * with their staff, seats, cost shares, awards, claims and disbursements, step by step, so the report can be measured
 * at each size (0.1, 0.5 and 1 million enrolments in a full run). Each step ends with the derivations the projector
 * would have made for the rows copied in ({@link #derive}).
 *
 * <p>Shape: every employer has 25 staff and uses 5 cohorts; each staff member holds 2 seats (so 50 seats per
 * employer, about 10 per cost-share pair); 60% of the courses carry the programmes' required tag DIGITAL; the cohorts
 * start in the previous calendar year (every programme's period) and have run: 90% of the seats have an outcome.
 */
final class ImpactData {

    static final int PROGRAMMES = 50;
    static final int COURSES = 200;
    private static final int STAFF_PER_EMPLOYER = 25;
    private static final int COHORTS_PER_EMPLOYER = 5;
    private static final String[] REGIONS = {"DE71", "DE72", "DE73", "DE11", "DE12", "DE21", "DE30", "DEA1"};
    private static final String[] SECTORS = {
        "C25.62", "C25.11", "C28.41", "C22.29", "C27.12", "J62.01", "J63.11", "H52.10", "C29.32", "F43.21"
    };
    private static final String[] CATEGORIES = {"DIGITAL", "TECHNICAL", "GREEN", "MANAGEMENT", "TRANSVERSAL"};
    private static final String[] AGE_BANDS = {"16-24", "25-34", "35-44", "45-54", "55-64", "65+"};
    /** What has been generated so far: the programmes (all of the funder) and the row counts. */
    record Generated(List<UUID> programmes, long enrolments, int employers, int cohorts, long staff, long costShares) {}

    private final String jdbcUrl;
    private final Random random = new Random(20_260_609L);
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final int totalEmployers;
    private final int seatsPerEmployer;
    private final int staffPerEmployer;
    private final int cohortCount;
    private final UUID alliance;
    private final UUID association;
    private final List<UUID> courses = new ArrayList<>();
    private final UUID[] cohorts;
    private final int[] cohortCourse;
    private final LocalDate[] cohortStart;
    private final List<UUID> programmes = new ArrayList<>();
    private int employers;
    private long staffRows;
    private long seatRows;
    private long shareRows;

    private ImpactData(String jdbcUrl, long enrolments, int employers) {
        this.jdbcUrl = jdbcUrl;
        int year = LocalDate.now().getYear() - 1;
        periodStart = LocalDate.of(year, 1, 1);
        periodEnd = LocalDate.of(year, 12, 31);
        totalEmployers = employers;
        seatsPerEmployer = (int) Math.max(2, enrolments / employers);
        staffPerEmployer = Math.max(1, Math.min(STAFF_PER_EMPLOYER, seatsPerEmployer / 2));
        cohortCount = (int) Math.max(COURSES, enrolments / 250);
        cohorts = new UUID[cohortCount];
        cohortCourse = new int[cohortCount];
        cohortStart = new LocalDate[cohortCount];
        alliance = new UUID(random.nextLong(), random.nextLong());
        association = new UUID(random.nextLong(), random.nextLong());
    }

    /**
     * Generates the courses, cohorts and programmes for {@code enrolments} seats of {@code employers} employers in
     * all (the seats themselves come with {@link #growTo}).
     */
    static ImpactData start(String jdbcUrl, UUID funderId, long enrolments, int employers) throws SQLException {
        ImpactData data = new ImpactData(jdbcUrl, enrolments, employers);
        data.catalogue(funderId);
        return data;
    }

    /**
     * Adds employers (with their staff, seats, cost shares, awards, claims and disbursements) until about
     * {@code enrolments} seats were generated in all, then derives what the projector would have.
     */
    Generated growTo(long enrolments) throws SQLException {
        int target = (int) Math.min(totalEmployers, Math.max(employers, enrolments / seatsPerEmployer));
        addEmployers(target);
        derive();
        return new Generated(List.copyOf(programmes), seatRows, employers, cohortCount, staffRows, shareRows);
    }

    private void catalogue(UUID funderId) throws SQLException {
        // courses, their skills, cohorts
        List<Boolean> digital = new ArrayList<>();
        try (Copy course = new Copy(
                        jdbcUrl,
                        "rp_course (id, alliance_id, provider_id, code, title, hours, priority_tags,"
                                + " status, last_event_at)");
                Copy skill = new Copy(
                        jdbcUrl, "rp_course_skill (course_id, skill_id, skill_code, category, target_level)")) {
            for (int i = 0; i < COURSES; i++) {
                UUID id = uuid(random);
                boolean isDigital = random.nextDouble() < 0.6;
                courses.add(id);
                digital.add(isDigital);
                course.row(
                        id,
                        alliance,
                        uuid(random),
                        "GEN-" + i,
                        "Generated course " + i,
                        "40.00",
                        isDigital ? (random.nextBoolean() ? "{DIGITAL}" : "{DIGITAL,GREEN}") : "{GREEN}",
                        "PUBLISHED",
                        "2020-01-01T00:00:00Z");
                int skills = 1 + random.nextInt(2);
                for (int s = 0; s < skills; s++) {
                    skill.row(
                            id,
                            uuid(random),
                            "SK-" + i + "-" + s,
                            CATEGORIES[random.nextInt(CATEGORIES.length)],
                            Integer.toString(2 + random.nextInt(3)));
                }
            }
        }
        try (Copy cohort = new Copy(
                jdbcUrl,
                "rp_cohort (id, course_id, alliance_id, start_date, end_date, capacity,"
                        + " cost_pricing, cost_minor, currency, status, started_at, last_event_at)")) {
            for (int i = 0; i < cohortCount; i++) {
                cohorts[i] = uuid(random);
                cohortCourse[i] = random.nextInt(COURSES);
                cohortStart[i] = periodStart.plusDays(random.nextInt(330));
                cohort.row(
                        cohorts[i],
                        courses.get(cohortCourse[i]),
                        alliance,
                        cohortStart[i].toString(),
                        cohortStart[i].plusDays(20).toString(),
                        "400",
                        "TOTAL",
                        "2400000",
                        "EUR",
                        "COMPLETED",
                        cohortStart[i] + "T08:00:00Z",
                        "2020-01-01T00:00:00Z");
            }
        }

        // programmes and the association's cohort awards
        try (Copy programme = new Copy(
                jdbcUrl,
                "rp_programme (id, funder_id, name, currency, budget_minor, period_start,"
                        + " period_end, eligible_alliances, size_bands, sector_prefixes, regions, required_tags,"
                        + " suppression_k, status, last_event_at)")) {
            for (int p = 0; p < PROGRAMMES; p++) {
                UUID id = uuid(random);
                programmes.add(id);
                programme.row(
                        id,
                        funderId,
                        "Generated programme " + p,
                        "EUR",
                        "5000000000",
                        periodStart.toString(),
                        periodEnd.toString(),
                        "{}",
                        "{MICRO,SMALL,MEDIUM}",
                        "{}",
                        "{}",
                        "{DIGITAL}",
                        "5",
                        "OPEN",
                        "2020-01-01T00:00:00Z");
            }
        }
        try (Copy award = new Copy(
                jdbcUrl,
                "rp_award (id, programme_id, beneficiary_id, beneficiary_kind, cohort_id,"
                        + " amount_minor, currency, period_start, period_end)")) {
            for (int p = 0; p < PROGRAMMES; p++) {
                for (int a = 0; a < 4; a++) {
                    award.row(
                            uuid(random),
                            programmes.get(p),
                            association,
                            "ASSOCIATION",
                            cohorts[random.nextInt(cohortCount)],
                            "3000000",
                            "EUR",
                            null,
                            null);
                }
            }
        }
    }

    private void addEmployers(int target) throws SQLException {
        try (Copy organisation = new Copy(
                        jdbcUrl,
                        "rp_organisation (id, type, country, region, sector_code, headcount,"
                                + " size_band, last_event_at)");
                Copy staff = new Copy(
                        jdbcUrl,
                        "rp_staff (id, employer_id, consent, consent_at, gender, age_band,"
                                + " employment_start, employment_end, erased, last_event_at)");
                Copy seat = new Copy(
                        jdbcUrl,
                        "rp_enrolment (id, cohort_id, course_id, staff_id, employer_id, status,"
                                + " status_at, confirmed_at, ended_at, outcome, attended_hours, pre_score, post_score,"
                                + " satisfaction, credential, completed_on)");
                Copy share =
                        new Copy(jdbcUrl, "rp_cost_share (cohort_id, employer_id, seats, amount_minor, currency)");
                Copy award = new Copy(
                        jdbcUrl,
                        "rp_award (id, programme_id, beneficiary_id, beneficiary_kind, cohort_id,"
                                + " amount_minor, currency, period_start, period_end)");
                Copy claim = new Copy(
                        jdbcUrl,
                        "rp_claim (id, award_id, programme_id, employer_id, cohort_id, amount_minor," + " currency)");
                Copy disbursement = new Copy(
                        jdbcUrl,
                        "rp_disbursement (id, claim_id, award_id, programme_id, employer_id,"
                                + " amount_minor, currency, paid_on, milestone)")) {
            for (int e = employers; e < target; e++) {
                UUID employer = uuid(random);
                int headcount = pickHeadcount(random);
                organisation.row(
                        employer,
                        "EMPLOYER",
                        "DE",
                        REGIONS[random.nextInt(REGIONS.length)],
                        SECTORS[random.nextInt(SECTORS.length)],
                        Integer.toString(headcount),
                        sizeBand(headcount),
                        "2020-01-01T00:00:00Z");
                int[] used = random.ints(0, cohortCount)
                        .distinct()
                        .limit(COHORTS_PER_EMPLOYER)
                        .toArray();
                int[] seatsIn = new int[used.length];
                for (int s = 0; s < staffPerEmployer; s++) {
                    UUID person = uuid(random);
                    boolean consent = random.nextDouble() < 0.7;
                    boolean left = random.nextDouble() < 0.1;
                    staff.row(
                            person,
                            employer,
                            Boolean.toString(consent),
                            consent ? "2020-01-01T00:00:00Z" : null,
                            consent ? (random.nextBoolean() ? "F" : "M") : null,
                            consent ? AGE_BANDS[random.nextInt(AGE_BANDS.length)] : null,
                            "2018-01-01",
                            left ? periodEnd.plusDays(30 + random.nextInt(200)).toString() : null,
                            "false",
                            "2020-01-01T00:00:00Z");
                    staffRows++;
                    int seats = seatsPerEmployer / staffPerEmployer + (s < seatsPerEmployer % staffPerEmployer ? 1 : 0);
                    int first = random.nextInt(used.length);
                    for (int k = 0; k < seats; k++) {
                        int slot = (first + k) % used.length;
                        int c = used[slot];
                        seatsIn[slot]++;
                        seatRows++;
                        LocalDate start = cohortStart[c];
                        double roll = random.nextDouble();
                        String outcome = roll < 0.63
                                ? "COMPLETED"
                                : roll < 0.81 ? "NOT_COMPLETED" : roll < 0.90 ? "NO_SHOW" : null;
                        boolean scored = outcome != null && !outcome.equals("NO_SHOW") && random.nextDouble() < 0.8;
                        int pre = 20 + random.nextInt(50);
                        seat.row(
                                uuid(random),
                                cohorts[c],
                                courses.get(cohortCourse[c]),
                                person,
                                employer,
                                outcome == null ? "CONFIRMED" : outcome,
                                start + "T08:00:00Z",
                                start.minusDays(20) + "T08:00:00Z",
                                null,
                                outcome,
                                outcome == null
                                        ? null
                                        : outcome.equals("NO_SHOW") ? "0.00" : (20 + random.nextInt(21)) + ".50",
                                scored ? Integer.toString(pre) : null,
                                scored ? Integer.toString(pre + random.nextInt(30)) : null,
                                outcome != null && random.nextBoolean()
                                        ? Integer.toString(1 + random.nextInt(5))
                                        : null,
                                outcome == null
                                        ? null
                                        : Boolean.toString("COMPLETED".equals(outcome) && random.nextBoolean()),
                                "COMPLETED".equals(outcome) ? start.plusDays(20).toString() : null);
                    }
                }
                for (int slot = 0; slot < used.length; slot++) {
                    if (seatsIn[slot] > 0 && random.nextDouble() < 0.9) {
                        share.row(
                                cohorts[used[slot]],
                                employer,
                                Integer.toString(seatsIn[slot]),
                                Long.toString(seatsIn[slot] * 117_000L + random.nextInt(1000)),
                                "EUR");
                        shareRows++;
                    }
                }
                // this employer's award, from programme e % 50, and a paid claim for its first cohort
                int p = e % PROGRAMMES;
                UUID awardId = uuid(random);
                award.row(
                        awardId,
                        programmes.get(p),
                        employer,
                        "EMPLOYER",
                        null,
                        "400000",
                        "EUR",
                        periodStart.toString(),
                        periodEnd.toString());
                UUID claimId = uuid(random);
                claim.row(claimId, awardId, programmes.get(p), employer, cohorts[used[0]], "150000", "EUR");
                if (random.nextDouble() < 0.8) {
                    disbursement.row(
                            uuid(random),
                            claimId,
                            awardId,
                            programmes.get(p),
                            employer,
                            "150000",
                            "EUR",
                            periodEnd.toString(),
                            "COMPLETION");
                }
            }
        }
        employers = target;
    }

    /** What the projector derives from the projection rows after each event, here for the rows copied in. */
    private void derive() throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            // the seat facts the projector derives after each event (V3__seat_facts.sql), for the rows copied in,
            // and their rollups per (cohort, employer), the rows the report reads (V11__impact_rollups.sql); each step
            // adds employers of its own, so the pairs of earlier steps are left as they are
            // statistics of the rows just copied first: planned on stale ones, the seat insert ran for minutes
            statement.execute("analyze rp_enrolment, rp_cohort, rp_course, rp_organisation, rp_staff");
            statement.execute("insert into rp_seat select * from rp_seat_source on conflict (enrolment_id) do nothing");
            statement.execute("analyze rp_seat");
            statement.execute("insert into rp_seat_pair select * from rp_seat_pair_source on conflict do nothing");
            statement.execute(
                    "analyze rp_seat, rp_seat_pair, rp_organisation, rp_staff, rp_course, rp_course_skill, rp_cohort,"
                            + " rp_enrolment, rp_cost_share, rp_programme, rp_award, rp_claim, rp_disbursement");
        }
    }

    private static int pickHeadcount(Random random) {
        double roll = random.nextDouble();
        return roll < 0.35
                ? 2 + random.nextInt(8)
                : roll < 0.7
                        ? 10 + random.nextInt(40)
                        : roll < 0.9 ? 50 + random.nextInt(200) : 250 + random.nextInt(2000);
    }

    private static String sizeBand(int headcount) {
        return headcount < 10 ? "MICRO" : headcount < 50 ? "SMALL" : headcount < 250 ? "MEDIUM" : "LARGE";
    }

    private static UUID uuid(Random random) {
        return new UUID(
                (random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    /** One table's COPY (text format), fed row by row, flushed in 1 MB pieces; each table on its own connection. */
    private static final class Copy implements AutoCloseable {

        private final Connection connection;
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Copy(String jdbcUrl, String target) throws SQLException {
            // a COPY holds its connection until it ends: every table gets one of its own
            connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                buffer.append(values[i] == null ? "\\N" : values[i].toString());
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            copy.endCopy();
            connection.close();
        }
    }
}
