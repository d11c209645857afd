package org.skillalliance.reporting.projection;

import java.sql.Timestamp;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.funding.ClaimApproved;
import org.skillalliance.contracts.funding.CohortResultsReported;
import org.skillalliance.contracts.funding.CostShare;
import org.skillalliance.contracts.funding.CostSharesFixed;
import org.skillalliance.contracts.funding.DisbursementPaid;
import org.skillalliance.contracts.funding.GrantAwarded;
import org.skillalliance.contracts.funding.ProgrammeClosed;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.contracts.funding.ReportedMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The projections of funding-service's events: cost shares, programmes, awards, approved claims (a claim for workplace
 * learning without a cohort: {@code cohort_id} null, since V9) and disbursements (with the milestone each pays; one
 * without is {@code COMPLETION}'s), and each employer's business results for a cohort (the highest revision wins,
 * measures and hourly wage cost together).
 */
@Component
class FundingProjection {

    private final JdbcClient jdbc;
    private final EventRegistry registry;

    FundingProjection(JdbcClient jdbc, EventRegistry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    /** Applies the event if it is one of {@code funding-events}'s that the reports need; false for any other. */
    boolean project(EventEnvelope event, Timestamp at) {
        switch (event.eventType()) {
            case EventTypes.COST_SHARES_FIXED -> costShares(payload(event, CostSharesFixed.class));
            case EventTypes.PROGRAMME_OPENED -> programme(payload(event, ProgrammeOpened.class), "OPEN", at);
            case EventTypes.PROGRAMME_CLOSED -> {
                ProgrammeClosed p = payload(event, ProgrammeClosed.class);
                programme(
                        new ProgrammeOpened(
                                p.programmeId(),
                                p.funderId(),
                                p.name(),
                                p.currency(),
                                p.budgetMinor(),
                                p.periodStart(),
                                p.periodEnd(),
                                p.eligibleAllianceIds(),
                                p.eligibleSizeBands(),
                                p.eligibleSectorCodes(),
                                p.eligibleRegions(),
                                p.requiredPriorityTags(),
                                p.suppressionK()),
                        "CLOSED",
                        at);
            }
            case EventTypes.GRANT_AWARDED -> award(payload(event, GrantAwarded.class));
            case EventTypes.CLAIM_APPROVED -> claim(payload(event, ClaimApproved.class));
            case EventTypes.DISBURSEMENT_PAID -> disbursement(payload(event, DisbursementPaid.class));
            case EventTypes.COHORT_RESULTS_REPORTED -> results(payload(event, CohortResultsReported.class));
            default -> {
                return false;
            }
        }
        return true;
    }

    private <P> P payload(EventEnvelope event, Class<P> type) {
        return registry.payload(event, type);
    }

    private void costShares(CostSharesFixed fixed) {
        jdbc.sql("delete from rp_cost_share where cohort_id = :id")
                .param("id", fixed.cohortId())
                .update();
        for (CostShare share : fixed.shares()) {
            jdbc.sql("""
                    insert into rp_cost_share (cohort_id, employer_id, seats, amount_minor, currency)
                    values (:cohortId, :employerId, :seats, :amount, :currency)
                    """)
                    .param("cohortId", fixed.cohortId())
                    .param("employerId", share.employerId())
                    .param("seats", share.seats())
                    .param("amount", share.amountMinor())
                    .param("currency", fixed.currency())
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
                """)
                .param("id", p.programmeId())
                .param("funderId", p.funderId())
                .param("name", p.name())
                .param("currency", p.currency())
                .param("budget", p.budgetMinor())
                .param("start", p.periodStart())
                .param("end", p.periodEnd())
                .param("alliances", Projector.array(p.eligibleAllianceIds()))
                .param("sizeBands", Projector.array(p.eligibleSizeBands()))
                .param("sectors", Projector.array(p.eligibleSectorCodes()))
                .param("regions", Projector.array(p.eligibleRegions()))
                .param("tags", Projector.array(p.requiredPriorityTags()))
                .param("k", p.suppressionK())
                .param("status", status)
                .param("at", at)
                .update();
    }

    private void award(GrantAwarded a) {
        jdbc.sql("""
                insert into rp_award (id, programme_id, beneficiary_id, beneficiary_kind, cohort_id, amount_minor,
                                      currency, period_start, period_end)
                values (:id, :programmeId, :beneficiaryId, :kind, :cohortId, :amount, :currency, :start, :end)
                on conflict (id) do nothing
                """)
                .param("id", a.awardId())
                .param("programmeId", a.programmeId())
                .param("beneficiaryId", a.beneficiaryId())
                .param("kind", a.beneficiaryKind().name())
                .param("cohortId", a.cohortId())
                .param("amount", a.amountMinor())
                .param("currency", a.currency())
                .param("start", a.periodStart())
                .param("end", a.periodEnd())
                .update();
    }

    private void claim(ClaimApproved c) {
        jdbc.sql("""
                insert into rp_claim (id, award_id, programme_id, employer_id, cohort_id, amount_minor, currency)
                values (:id, :awardId, :programmeId, :employerId, :cohortId, :amount, :currency)
                on conflict (id) do nothing
                """)
                .param("id", c.claimId())
                .param("awardId", c.awardId())
                .param("programmeId", c.programmeId())
                .param("employerId", c.employerId())
                .param("cohortId", c.cohortId())
                .param("amount", c.amountMinor())
                .param("currency", c.currency())
                .update();
    }

    private void disbursement(DisbursementPaid d) {
        jdbc.sql("""
                insert into rp_disbursement (id, claim_id, award_id, programme_id, employer_id, amount_minor, currency,
                                             paid_on, milestone)
                values (:id, :claimId, :awardId, :programmeId, :employerId, :amount, :currency, :paidOn, :milestone)
                on conflict (id) do nothing
                """)
                .param("id", d.disbursementId())
                .param("claimId", d.claimId())
                .param("awardId", d.awardId())
                .param("programmeId", d.programmeId())
                .param("employerId", d.employerId())
                .param("amount", d.amountMinor())
                .param("currency", d.currency())
                .param("paidOn", d.paidOn())
                .param("milestone", d.milestoneOrCompletion())
                .update();
    }

    /**
     * The event carries the whole state of the employer's results for the cohort: it replaces the row and its measures,
     * unless a higher revision is already there (an older revision arriving late is ignored).
     */
    private void results(CohortResultsReported r) {
        int changed = jdbc.sql("""
                insert into rp_cohort_results (employer_id, cohort_id, currency, hourly_wage_cost_minor, revision,
                                               reported_at)
                values (:employerId, :cohortId, :currency, :wage, :revision, :reportedAt)
                on conflict (cohort_id, employer_id) do update set currency = excluded.currency,
                    hourly_wage_cost_minor = excluded.hourly_wage_cost_minor, revision = excluded.revision,
                    reported_at = excluded.reported_at
                where rp_cohort_results.revision < excluded.revision
                """)
                .param("employerId", r.employerId())
                .param("cohortId", r.cohortId())
                .param("currency", r.currency())
                .param("wage", r.hourlyWageCostMinor())
                .param("revision", r.revision())
                .param("reportedAt", Timestamp.from(r.reportedAt()))
                .update();
        if (changed == 0) {
            return;
        }
        jdbc.sql("delete from rp_cohort_result_measure where cohort_id = :cohortId and employer_id = :employerId")
                .param("cohortId", r.cohortId())
                .param("employerId", r.employerId())
                .update();
        for (ReportedMeasure m : r.measures()) {
            jdbc.sql("""
                    insert into rp_cohort_result_measure (cohort_id, employer_id, measure_id, name, unit, value_before,
                        value_after, higher_is_better, unit_value_minor, attribution_percent, confidence_percent)
                    values (:cohortId, :employerId, :measureId, :name, :unit, :before, :after, :higherIsBetter,
                        :unitValue, :attribution, :confidence)
                    """)
                    .param("cohortId", r.cohortId())
                    .param("employerId", r.employerId())
                    .param("measureId", m.measureId())
                    .param("name", m.name())
                    .param("unit", m.unit())
                    .param("before", m.valueBefore())
                    .param("after", m.valueAfter())
                    .param("higherIsBetter", m.higherIsBetter())
                    .param("unitValue", m.unitValueMinor())
                    .param("attribution", m.attributionPercent())
                    .param("confidence", m.confidencePercent())
                    .update();
        }
    }
}
