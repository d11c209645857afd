package org.skillalliance.funding.facts;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.contracts.NaceCodes;
import org.skillalliance.funding.shared.SizeBand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Writes the local copies; every write is an upsert, so the latest event about a thing wins. */
@Repository
class JdbcFacts {

    private final JdbcClient jdbc;

    JdbcFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsertOrganisation(UUID id, String type, String region, String sectorCode, Integer headcount, SizeBand band) {
        jdbc.sql("""
                insert into fact_organisation (id, type, region, sector_code, headcount, size_band)
                values (:id, :type, :region, :sector, :headcount, :band)
                on conflict (id) do update set type = excluded.type, region = excluded.region,
                    sector_code = excluded.sector_code, headcount = excluded.headcount, size_band = excluded.size_band
                """)
                .param("id", id)
                .param("type", type)
                .param("region", region)
                .param("sector", NaceCodes.normaliseLeniently(sectorCode))
                .param("headcount", headcount)
                .param("band", band == null ? null : band.name())
                .update();
    }

    void upsertMembership(UUID id, UUID allianceId, UUID organisationId, String role, String status) {
        jdbc.sql("""
                insert into fact_membership (id, alliance_id, organisation_id, role, status)
                values (:id, :allianceId, :organisationId, :role, :status)
                on conflict (id) do update set status = excluded.status, role = excluded.role
                """)
                .param("id", id)
                .param("allianceId", allianceId)
                .param("organisationId", organisationId)
                .param("role", role)
                .param("status", status)
                .update();
    }

    void upsertCourse(UUID id, UUID allianceId, BigDecimal hours, List<String> priorityTags) {
        jdbc.sql("""
                insert into fact_course (id, alliance_id, hours, priority_tags)
                values (:id, :allianceId, :hours, :tags)
                on conflict (id) do update set hours = excluded.hours, priority_tags = excluded.priority_tags
                """)
                .param("id", id)
                .param("allianceId", allianceId)
                .param("hours", hours)
                .param(
                        "tags",
                        priorityTags == null
                                ? new String[0]
                                : priorityTags.stream().map(String::toUpperCase).toArray(String[]::new))
                .update();
    }

    void upsertCohort(
            UUID id,
            UUID courseId,
            UUID allianceId,
            UUID organiserId,
            LocalDate start,
            LocalDate end,
            CohortStatus status,
            Pricing pricing,
            long costMinor,
            String currency,
            int confirmedSeats) {
        jdbc.sql("""
                insert into fact_cohort (id, course_id, alliance_id, organiser_id, start_date, end_date, status,
                    pricing, cost_minor, currency, confirmed_seats)
                values (:id, :courseId, :allianceId, :organiserId, :start, :end, :status, :pricing, :cost, :currency,
                    :seats)
                on conflict (id) do update set start_date = excluded.start_date, end_date = excluded.end_date,
                    status = excluded.status, pricing = excluded.pricing, cost_minor = excluded.cost_minor,
                    currency = excluded.currency, confirmed_seats = excluded.confirmed_seats
                """)
                .param("id", id)
                .param("courseId", courseId)
                .param("allianceId", allianceId)
                .param("organiserId", organiserId)
                .param("start", Date.valueOf(start))
                .param("end", Date.valueOf(end))
                .param("status", status.name())
                .param("pricing", pricing.name())
                .param("cost", costMinor)
                .param("currency", currency)
                .param("seats", confirmedSeats)
                .update();
    }

    void upsertEnrolment(UUID id, UUID cohortId, UUID staffId, UUID employerId, String status) {
        jdbc.sql("""
                insert into fact_enrolment (id, cohort_id, staff_id, employer_id, status)
                values (:id, :cohortId, :staffId, :employerId, :status)
                on conflict (id) do update set status = excluded.status
                """)
                .param("id", id)
                .param("cohortId", cohortId)
                .param("staffId", staffId)
                .param("employerId", employerId)
                .param("status", status)
                .update();
    }

    void upsertOutcome(
            UUID enrolmentId,
            UUID cohortId,
            UUID staffId,
            UUID employerId,
            EnrolmentOutcome outcome,
            BigDecimal attendedHours,
            LocalDate completedOn) {
        jdbc.sql("""
                insert into fact_outcome (enrolment_id, cohort_id, staff_id, employer_id, outcome, attended_hours,
                    completed_on)
                values (:id, :cohortId, :staffId, :employerId, :outcome, :hours, :completedOn)
                on conflict (enrolment_id) do update set outcome = excluded.outcome,
                    attended_hours = excluded.attended_hours, completed_on = excluded.completed_on
                """)
                .param("id", enrolmentId)
                .param("cohortId", cohortId)
                .param("staffId", staffId)
                .param("employerId", employerId)
                .param("outcome", outcome.name())
                .param("hours", attendedHours)
                .param("completedOn", completedOn == null ? null : Date.valueOf(completedOn))
                .update();
    }

    /** Records a sign-off once; true when it is new (a redelivered or repeated event changes nothing). */
    boolean insertWorkplaceLearning(Facts.WorkplaceLearning l) {
        return jdbc.sql("""
                        insert into fact_workplace_learning (learning_id, staff_id, kind, alliance_id, employer_id,
                            level_reached, logged_hours, sessions, started_on, signed_off_on)
                        values (:learningId, :staffId, :kind, :allianceId, :employerId, :level, :hours, :sessions,
                            :startedOn, :signedOffOn)
                        on conflict (learning_id, staff_id) do nothing
                        """)
                        .param("learningId", l.learningId())
                        .param("staffId", l.staffId())
                        .param("kind", l.kind().name())
                        .param("allianceId", l.allianceId())
                        .param("employerId", l.employerId())
                        .param("level", l.levelReached())
                        .param("hours", l.loggedHours())
                        .param("sessions", l.sessions())
                        .param("startedOn", Date.valueOf(l.startedOn()))
                        .param("signedOffOn", Date.valueOf(l.signedOffOn()))
                        .update()
                == 1;
    }
}
