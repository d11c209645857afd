package org.skillalliance.reporting.projection;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.CohortCost;
import org.skillalliance.contracts.curriculum.CohortScheduled;
import org.skillalliance.contracts.curriculum.CohortStatus;
import org.skillalliance.contracts.curriculum.CohortStatusChanged;
import org.skillalliance.contracts.curriculum.CoursePublished;
import org.skillalliance.contracts.curriculum.CourseRetired;
import org.skillalliance.contracts.curriculum.CourseSkill;
import org.skillalliance.contracts.curriculum.EnrolmentCancelled;
import org.skillalliance.contracts.curriculum.EnrolmentConfirmed;
import org.skillalliance.contracts.curriculum.EnrolmentOutcomeRecorded;
import org.skillalliance.contracts.curriculum.EnrolmentPromoted;
import org.skillalliance.contracts.curriculum.EnrolmentWaitlisted;
import org.skillalliance.contracts.curriculum.EnrolmentWithdrawn;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.CostShare;
import org.skillalliance.contracts.funding.CostSharesFixed;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.funding.GrantAwarded;
import org.skillalliance.contracts.funding.ProgrammeClosed;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.MembershipActivated;
import org.skillalliance.contracts.member.MembershipApplied;
import org.skillalliance.contracts.member.MembershipRejected;
import org.skillalliance.contracts.member.MembershipSuspended;
import org.skillalliance.contracts.member.MembershipWithdrawn;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationUpdated;
import org.skillalliance.contracts.member.StaffConsentChanged;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.contracts.member.StaffLeft;
import org.skillalliance.contracts.member.StaffRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies one event to the projection tables. Every write is an upsert of the columns the event knows about, guarded
 * by the event's time where a later event of the same thing may already be there; so an outcome can arrive before
 * the staff member it refers to, and a replay in another interleaving gives the same rows.
 */
@Component
public class Projector {

    private final JdbcClient jdbc;
    private final EventRegistry registry;
    private final SeatFacts seats;

    Projector(JdbcClient jdbc, EventRegistry registry, SeatFacts seats) {
        this.jdbc = jdbc;
        this.registry = registry;
        this.seats = seats;
    }

    /** Applies the event and moves the watermark to it; events of types the reports do not need only move it. */
    public void apply(EventEnvelope event) {
        project(event);
        advanceWatermark(event.occurredAt());
    }

    /**
     * Makes PostgreSQL plan the rest of the current transaction's statements for the tables as they are now, not
     * reuse a plan it cached for a prepared statement while the projections were small (which may read a whole table
     * that has grown by thousands of rows since). For a transaction that applies a batch of events; it costs one
     * statement, and planning each statement a fraction of a millisecond.
     */
    void planForTheTablesAsTheyAre() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /**
     * Applies the event to the projections without touching the watermark: a batch of events moves the watermark
     * once, to its latest ({@link #advanceWatermark}), in the same transaction.
     */
    void project(EventEnvelope event) {
        Timestamp at = Timestamp.from(event.occurredAt());
        switch (event.eventType()) {
            case EventTypes.ALLIANCE_CREATED -> alliance(payload(event, AllianceCreated.class), at);
            case EventTypes.ORGANISATION_REGISTERED -> {
                OrganisationRegistered o = payload(event, OrganisationRegistered.class);
                organisation(o.organisationId(), o.type().name(), o.country(), o.region(), o.sectorCode(), o.headcount(),
                        o.sizeBand() == null ? null : o.sizeBand().name(), at);
            }
            case EventTypes.ORGANISATION_UPDATED -> {
                OrganisationUpdated o = payload(event, OrganisationUpdated.class);
                organisation(o.organisationId(), o.type().name(), o.country(), o.region(), o.sectorCode(), o.headcount(),
                        o.sizeBand() == null ? null : o.sizeBand().name(), at);
            }
            case EventTypes.MEMBERSHIP_APPLIED -> {
                MembershipApplied m = payload(event, MembershipApplied.class);
                membership(m.membershipId(), m.allianceId(), m.organisationId(), m.role().name(), m.status().name(), at);
            }
            case EventTypes.MEMBERSHIP_ACTIVATED -> {
                MembershipActivated m = payload(event, MembershipActivated.class);
                membership(m.membershipId(), m.allianceId(), m.organisationId(), m.role().name(), m.status().name(), at);
            }
            case EventTypes.MEMBERSHIP_SUSPENDED -> {
                MembershipSuspended m = payload(event, MembershipSuspended.class);
                membership(m.membershipId(), m.allianceId(), m.organisationId(), m.role().name(), m.status().name(), at);
            }
            case EventTypes.MEMBERSHIP_WITHDRAWN -> {
                MembershipWithdrawn m = payload(event, MembershipWithdrawn.class);
                membership(m.membershipId(), m.allianceId(), m.organisationId(), m.role().name(), m.status().name(), at);
            }
            case EventTypes.MEMBERSHIP_REJECTED -> {
                MembershipRejected m = payload(event, MembershipRejected.class);
                membership(m.membershipId(), m.allianceId(), m.organisationId(), m.role().name(), m.status().name(), at);
            }
            case EventTypes.STAFF_REGISTERED -> staffRegistered(payload(event, StaffRegistered.class), at);
            case EventTypes.STAFF_CONSENT_CHANGED -> staffConsent(payload(event, StaffConsentChanged.class), at);
            case EventTypes.STAFF_LEFT -> staffLeft(payload(event, StaffLeft.class), at);
            case EventTypes.STAFF_ERASED -> staffErased(payload(event, StaffErased.class), at);
            case EventTypes.COURSE_PUBLISHED -> course(payload(event, CoursePublished.class), "PUBLISHED", at);
            case EventTypes.COURSE_RETIRED -> {
                CourseRetired r = payload(event, CourseRetired.class);
                course(new CoursePublished(r.courseId(), r.allianceId(), r.providerId(), r.code(), r.title(),
                        r.deliveryMode(), r.hours(), r.skills(), r.priorityTags(), r.credentialOffered()), "RETIRED", at);
            }
            case EventTypes.COHORT_SCHEDULED -> {
                CohortScheduled c = payload(event, CohortScheduled.class);
                cohort(c.cohortId(), c.courseId(), c.allianceId(), c.startDate(), c.endDate(), c.capacity(), c.cost(),
                        c.status(), at);
            }
            case EventTypes.COHORT_STATUS_CHANGED -> {
                CohortStatusChanged c = payload(event, CohortStatusChanged.class);
                cohort(c.cohortId(), c.courseId(), c.allianceId(), c.startDate(), c.endDate(), c.capacity(), c.cost(),
                        c.status(), at);
            }
            case EventTypes.ENROLMENT_CONFIRMED -> {
                EnrolmentConfirmed e = payload(event, EnrolmentConfirmed.class);
                enrolment(e.enrolmentId(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(), "CONFIRMED", at,
                        true, false);
            }
            case EventTypes.ENROLMENT_PROMOTED -> {
                EnrolmentPromoted e = payload(event, EnrolmentPromoted.class);
                enrolment(e.enrolmentId(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(), "CONFIRMED", at,
                        true, false);
            }
            case EventTypes.ENROLMENT_WAITLISTED -> {
                EnrolmentWaitlisted e = payload(event, EnrolmentWaitlisted.class);
                enrolment(e.enrolmentId(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(), "WAITLISTED", at,
                        false, false);
            }
            case EventTypes.ENROLMENT_WITHDRAWN -> {
                EnrolmentWithdrawn e = payload(event, EnrolmentWithdrawn.class);
                enrolment(e.enrolmentId(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(), "WITHDRAWN", at,
                        false, true);
            }
            case EventTypes.ENROLMENT_CANCELLED -> {
                EnrolmentCancelled e = payload(event, EnrolmentCancelled.class);
                enrolment(e.enrolmentId(), e.cohortId(), e.courseId(), e.staffId(), e.employerId(), "CANCELLED", at,
                        false, true);
            }
            case EventTypes.ENROLMENT_OUTCOME_RECORDED -> outcome(payload(event, EnrolmentOutcomeRecorded.class));
            case EventTypes.COST_SHARES_FIXED -> costShares(payload(event, CostSharesFixed.class));
            case EventTypes.PROGRAMME_OPENED -> programme(payload(event, ProgrammeOpened.class), "OPEN", at);
            case EventTypes.PROGRAMME_CLOSED -> {
                ProgrammeClosed p = payload(event, ProgrammeClosed.class);
                programme(new ProgrammeOpened(p.programmeId(), p.funderId(), p.name(), p.currency(), p.budgetMinor(),
                        p.periodStart(), p.periodEnd(), p.eligibleAllianceIds(), p.eligibleSizeBands(),
                        p.eligibleSectorCodes(), p.eligibleRegions(), p.requiredPriorityTags(), p.suppressionK()),
                        "CLOSED", at);
            }
            case EventTypes.GRANT_AWARDED -> award(payload(event, GrantAwarded.class));
            case EventTypes.CLAIM_APPROVED -> claim(payload(event, ClaimApproved.class));
            case EventTypes.DISBURSEMENT_PAID -> disbursement(payload(event, DisbursementPaid.class));
            default -> {
                // whatever later versions add: not needed by any report yet
            }
        }
    }

    private <P> P payload(EventEnvelope event, Class<P> type) {
        return registry.payload(event, type);
    }

    /** Only who coordinates the alliance: the access rules need it, no report shows it. */
    private void alliance(AllianceCreated a, Timestamp at) {
        jdbc.sql("""
                insert into rp_alliance (id, coordinator_id, last_event_at) values (:id, :coordinatorId, :at)
                on conflict (id) do update set coordinator_id = excluded.coordinator_id,
                    last_event_at = excluded.last_event_at
                where rp_alliance.last_event_at <= excluded.last_event_at
                """).param("id", a.allianceId()).param("coordinatorId", a.coordinatorId()).param("at", at).update();
    }

    private void organisation(Object id, String type, String country, String region, String sector, Integer headcount,
                              String sizeBand, Timestamp at) {
        jdbc.sql("""
                insert into rp_organisation (id, type, country, region, sector_code, headcount, size_band, last_event_at)
                values (:id, :type, :country, :region, :sector, :headcount, :sizeBand, :at)
                on conflict (id) do update set type = excluded.type, country = excluded.country,
                    region = excluded.region, sector_code = excluded.sector_code, headcount = excluded.headcount,
                    size_band = excluded.size_band, last_event_at = excluded.last_event_at
                where rp_organisation.last_event_at <= excluded.last_event_at
                """).param("id", id).param("type", type).param("country", country).param("region", region)
                .param("sector", sector).param("headcount", headcount).param("sizeBand", sizeBand).param("at", at)
                .update();
        seats.organisationChanged(id);
    }

    private void membership(Object id, Object allianceId, Object organisationId, String role, String status, Timestamp at) {
        jdbc.sql("""
                insert into rp_membership (id, alliance_id, organisation_id, role, status, last_event_at)
                values (:id, :allianceId, :organisationId, :role, :status, :at)
                on conflict (id) do update set status = excluded.status, last_event_at = excluded.last_event_at
                where rp_membership.last_event_at <= excluded.last_event_at
                """).param("id", id).param("allianceId", allianceId).param("organisationId", organisationId)
                .param("role", role).param("status", status).param("at", at).update();
    }

    private void staffRegistered(StaffRegistered s, Timestamp at) {
        jdbc.sql("""
                insert into rp_staff (id, employer_id, consent, consent_at, gender, age_band, employment_start, last_event_at)
                values (:id, :employerId, :consent, :at, :gender, :ageBand, :start, :at)
                on conflict (id) do update set employer_id = excluded.employer_id,
                    employment_start = excluded.employment_start,
                    last_event_at = greatest(rp_staff.last_event_at, excluded.last_event_at)
                """).param("id", s.staffId()).param("employerId", s.employerId()).param("consent", s.consentToReporting())
                .param("gender", s.gender() == null ? null : s.gender().name())
                .param("ageBand", s.ageBand() == null ? null : s.ageBand().name())
                .param("start", s.employmentStart()).param("at", at).update();
        consent(s.staffId(), s.consentToReporting(), s.gender(), s.ageBand(), at);
        seats.staffChanged(s.staffId());
    }

    private void staffConsent(StaffConsentChanged s, Timestamp at) {
        jdbc.sql("""
                insert into rp_staff (id, employer_id, last_event_at) values (:id, :employerId, :at)
                on conflict (id) do update set last_event_at = greatest(rp_staff.last_event_at, excluded.last_event_at)
                """).param("id", s.staffId()).param("employerId", s.employerId()).param("at", at).update();
        consent(s.staffId(), s.consentToReporting(), s.gender(), s.ageBand(), at);
        seats.staffChanged(s.staffId());
    }

    /** The latest consent wins, whatever order the staff member's events were applied in; erasure is final. */
    private void consent(Object staffId, boolean consent, Enum<?> gender, Enum<?> ageBand, Timestamp at) {
        jdbc.sql("""
                update rp_staff set consent = :consent, gender = :gender, age_band = :ageBand, consent_at = :at
                where id = :id and not erased and (consent_at is null or consent_at <= :at)
                """).param("id", staffId).param("consent", consent)
                .param("gender", consent && gender != null ? gender.name() : null)
                .param("ageBand", consent && ageBand != null ? ageBand.name() : null)
                .param("at", at).update();
    }

    private void staffLeft(StaffLeft s, Timestamp at) {
        jdbc.sql("""
                insert into rp_staff (id, employer_id, employment_end, last_event_at)
                values (:id, :employerId, :end, :at)
                on conflict (id) do update set employment_end = excluded.employment_end,
                    last_event_at = greatest(rp_staff.last_event_at, excluded.last_event_at)
                """).param("id", s.staffId()).param("employerId", s.employerId()).param("end", s.employmentEnd())
                .param("at", at).update();
        seats.staffChanged(s.staffId());
    }

    /** Erasure keeps the pseudonymous facts already counted but drops the equity fields for good. */
    private void staffErased(StaffErased s, Timestamp at) {
        jdbc.sql("""
                insert into rp_staff (id, employer_id, consent, erased, last_event_at)
                values (:id, :employerId, false, true, :at)
                on conflict (id) do update set consent = false, gender = null, age_band = null, erased = true,
                    last_event_at = greatest(rp_staff.last_event_at, excluded.last_event_at)
                """).param("id", s.staffId()).param("employerId", s.employerId()).param("at", at).update();
        seats.staffChanged(s.staffId());
    }

    private void course(CoursePublished c, String status, Timestamp at) {
        int changed = jdbc.sql("""
                insert into rp_course (id, alliance_id, provider_id, code, title, hours, priority_tags, status, last_event_at)
                values (:id, :allianceId, :providerId, :code, :title, :hours, cast(:tags as text[]), :status, :at)
                on conflict (id) do update set alliance_id = excluded.alliance_id, provider_id = excluded.provider_id,
                    code = excluded.code, title = excluded.title, hours = excluded.hours,
                    priority_tags = excluded.priority_tags, status = excluded.status, last_event_at = excluded.last_event_at
                where rp_course.last_event_at <= excluded.last_event_at
                """).param("id", c.courseId()).param("allianceId", c.allianceId()).param("providerId", c.providerId())
                .param("code", c.code()).param("title", c.title()).param("hours", c.hours())
                .param("tags", array(c.priorityTags())).param("status", status).param("at", at).update();
        if (changed > 0 && c.skills() != null) {
            jdbc.sql("delete from rp_course_skill where course_id = :id").param("id", c.courseId()).update();
            for (CourseSkill skill : c.skills()) {
                jdbc.sql("""
                        insert into rp_course_skill (course_id, skill_id, skill_code, category, target_level)
                        values (:courseId, :skillId, :code, :category, :level)
                        """).param("courseId", c.courseId()).param("skillId", skill.skillId())
                        .param("code", skill.skillCode()).param("category", skill.category().name())
                        .param("level", skill.targetLevel()).update();
            }
        }
        if (changed > 0) {
            seats.courseChanged(c.courseId());
        }
    }

    private void cohort(Object id, Object courseId, Object allianceId, java.time.LocalDate start, java.time.LocalDate end,
                        int capacity, CohortCost cost, CohortStatus status, Timestamp at) {
        boolean started = status == CohortStatus.RUNNING || status == CohortStatus.COMPLETED;
        jdbc.sql("""
                insert into rp_cohort (id, course_id, alliance_id, start_date, end_date, capacity, cost_pricing,
                                       cost_minor, currency, status, started_at, last_event_at)
                values (:id, :courseId, :allianceId, :start, :end, :capacity, :pricing, :cost, :currency, :status,
                        :startedAt, :at)
                on conflict (id) do update set course_id = excluded.course_id, alliance_id = excluded.alliance_id,
                    start_date = excluded.start_date, end_date = excluded.end_date, capacity = excluded.capacity,
                    cost_pricing = excluded.cost_pricing, cost_minor = excluded.cost_minor, currency = excluded.currency,
                    status = case when rp_cohort.last_event_at <= excluded.last_event_at then excluded.status else rp_cohort.status end,
                    started_at = coalesce(least(rp_cohort.started_at, excluded.started_at), rp_cohort.started_at, excluded.started_at),
                    last_event_at = greatest(rp_cohort.last_event_at, excluded.last_event_at)
                """).param("id", id).param("courseId", courseId).param("allianceId", allianceId).param("start", start)
                .param("end", end).param("capacity", capacity)
                .param("pricing", cost == null ? null : cost.pricing().name())
                .param("cost", cost == null ? null : cost.amountMinor())
                .param("currency", cost == null ? null : cost.currency())
                .param("status", status.name()).param("startedAt", started ? at : null).param("at", at).update();
        seats.cohortChanged(id);
    }

    private void enrolment(Object id, Object cohortId, Object courseId, Object staffId, Object employerId, String status,
                           Timestamp at, boolean confirms, boolean ends) {
        jdbc.sql("""
                insert into rp_enrolment (id, cohort_id, course_id, staff_id, employer_id, status, status_at,
                                          confirmed_at, ended_at)
                values (:id, :cohortId, :courseId, :staffId, :employerId, :status, :at, :confirmedAt, :endedAt)
                on conflict (id) do update set cohort_id = excluded.cohort_id, course_id = excluded.course_id,
                    staff_id = excluded.staff_id, employer_id = excluded.employer_id,
                    status = case when rp_enrolment.status_at is null or rp_enrolment.status_at <= excluded.status_at
                                  then excluded.status else rp_enrolment.status end,
                    status_at = greatest(rp_enrolment.status_at, excluded.status_at),
                    confirmed_at = coalesce(least(rp_enrolment.confirmed_at, excluded.confirmed_at),
                                            rp_enrolment.confirmed_at, excluded.confirmed_at),
                    ended_at = coalesce(excluded.ended_at, rp_enrolment.ended_at)
                """).param("id", id).param("cohortId", cohortId).param("courseId", courseId).param("staffId", staffId)
                .param("employerId", employerId).param("status", status).param("at", at)
                .param("confirmedAt", confirms ? at : null).param("endedAt", ends ? at : null).update();
        seats.enrolmentChanged(id);
    }

    private void outcome(EnrolmentOutcomeRecorded o) {
        jdbc.sql("""
                insert into rp_enrolment (id, cohort_id, course_id, staff_id, employer_id, outcome, attended_hours,
                                          pre_score, post_score, satisfaction, credential, completed_on)
                values (:id, :cohortId, :courseId, :staffId, :employerId, :outcome, :hours, :pre, :post, :satisfaction,
                        :credential, :completedOn)
                on conflict (id) do update set outcome = excluded.outcome, attended_hours = excluded.attended_hours,
                    pre_score = excluded.pre_score, post_score = excluded.post_score,
                    satisfaction = excluded.satisfaction, credential = excluded.credential,
                    completed_on = excluded.completed_on
                """).param("id", o.enrolmentId()).param("cohortId", o.cohortId()).param("courseId", o.courseId())
                .param("staffId", o.staffId()).param("employerId", o.employerId()).param("outcome", o.outcome().name())
                .param("hours", o.attendedHours()).param("pre", o.preScore()).param("post", o.postScore())
                .param("satisfaction", o.satisfaction()).param("credential", o.credentialAwarded())
                .param("completedOn", o.completedOn()).update();
        seats.enrolmentChanged(o.enrolmentId());
    }

    private void costShares(CostSharesFixed fixed) {
        jdbc.sql("delete from rp_cost_share where cohort_id = :id").param("id", fixed.cohortId()).update();
        for (CostShare share : fixed.shares()) {
            jdbc.sql("""
                    insert into rp_cost_share (cohort_id, employer_id, seats, amount_minor, currency)
                    values (:cohortId, :employerId, :seats, :amount, :currency)
                    """).param("cohortId", fixed.cohortId()).param("employerId", share.employerId())
                    .param("seats", share.seats()).param("amount", share.amountMinor()).param("currency", fixed.currency())
                    .update();
        }
    }

    private void programme(ProgrammeOpened p, String status, Timestamp at) {
        jdbc.sql("""
                insert into rp_programme (id, funder_id, name, currency, budget_minor, period_start, period_end,
                    eligible_alliances, size_bands, sector_prefixes, regions, required_tags, suppression_k, status,
                    last_event_at)
                values (:id, :funderId, :name, :currency, :budget, :start, :end, cast(:alliances as uuid[]),
                    cast(:sizeBands as text[]), cast(:sectors as text[]), cast(:regions as text[]),
                    cast(:tags as text[]), :k, :status, :at)
                on conflict (id) do update set funder_id = excluded.funder_id, name = excluded.name,
                    currency = excluded.currency, budget_minor = excluded.budget_minor,
                    period_start = excluded.period_start, period_end = excluded.period_end,
                    eligible_alliances = excluded.eligible_alliances, size_bands = excluded.size_bands,
                    sector_prefixes = excluded.sector_prefixes, regions = excluded.regions,
                    required_tags = excluded.required_tags, suppression_k = excluded.suppression_k,
                    status = excluded.status, last_event_at = excluded.last_event_at
                where rp_programme.last_event_at <= excluded.last_event_at
                """).param("id", p.programmeId()).param("funderId", p.funderId()).param("name", p.name())
                .param("currency", p.currency()).param("budget", p.budgetMinor()).param("start", p.periodStart())
                .param("end", p.periodEnd()).param("alliances", array(p.eligibleAllianceIds()))
                .param("sizeBands", array(p.eligibleSizeBands())).param("sectors", array(p.eligibleSectorCodes()))
                .param("regions", array(p.eligibleRegions())).param("tags", array(p.requiredPriorityTags()))
                .param("k", p.suppressionK()).param("status", status).param("at", at).update();
    }

    private void award(GrantAwarded a) {
        jdbc.sql("""
                insert into rp_award (id, programme_id, beneficiary_id, beneficiary_kind, cohort_id, amount_minor,
                                      currency, period_start, period_end)
                values (:id, :programmeId, :beneficiaryId, :kind, :cohortId, :amount, :currency, :start, :end)
                on conflict (id) do nothing
                """).param("id", a.awardId()).param("programmeId", a.programmeId())
                .param("beneficiaryId", a.beneficiaryId()).param("kind", a.beneficiaryKind().name())
                .param("cohortId", a.cohortId()).param("amount", a.amountMinor()).param("currency", a.currency())
                .param("start", a.periodStart()).param("end", a.periodEnd()).update();
    }

    private void claim(ClaimApproved c) {
        jdbc.sql("""
                insert into rp_claim (id, award_id, programme_id, employer_id, cohort_id, amount_minor, currency)
                values (:id, :awardId, :programmeId, :employerId, :cohortId, :amount, :currency)
                on conflict (id) do nothing
                """).param("id", c.claimId()).param("awardId", c.awardId()).param("programmeId", c.programmeId())
                .param("employerId", c.employerId()).param("cohortId", c.cohortId()).param("amount", c.amountMinor())
                .param("currency", c.currency()).update();
    }

    private void disbursement(DisbursementPaid d) {
        jdbc.sql("""
                insert into rp_disbursement (id, claim_id, award_id, programme_id, employer_id, amount_minor, currency,
                                             paid_on)
                values (:id, :claimId, :awardId, :programmeId, :employerId, :amount, :currency, :paidOn)
                on conflict (id) do nothing
                """).param("id", d.disbursementId()).param("claimId", d.claimId()).param("awardId", d.awardId())
                .param("programmeId", d.programmeId()).param("employerId", d.employerId())
                .param("amount", d.amountMinor()).param("currency", d.currency()).param("paidOn", d.paidOn()).update();
    }

    /** Records that every event up to {@code occurredAt} has been applied (the watermark only moves forward). */
    void advanceWatermark(Instant occurredAt) {
        jdbc.sql("""
                insert into rp_watermark (id, last_event_at) values (1, :at)
                on conflict (id) do update set last_event_at = greatest(rp_watermark.last_event_at, excluded.last_event_at)
                """).param("at", Timestamp.from(occurredAt)).update();
    }

    /** A PostgreSQL array literal of the values (empty for none), each element quoted. */
    static String array(Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return "{}";
        }
        return values.stream()
                .map(v -> "\"" + v.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static List<String> tableNames() {
        return List.of("rp_alliance", "rp_organisation", "rp_membership", "rp_staff", "rp_course", "rp_course_skill", "rp_cohort",
                "rp_enrolment", "rp_seat", "rp_cost_share", "rp_programme", "rp_award", "rp_claim", "rp_disbursement",
                "rp_watermark");
    }
}
