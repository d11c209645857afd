package org.skillalliance.funding.claim;

import java.time.Instant;
import java.time.LocalDate;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.funding.programme.RequirementKind;

/**
 * A requirement of the claim's programme and where the claim's report for it stands.
 *
 * @param dueOn           the day the report is due, or null when it is due before a milestone's payment
 * @param beforeMilestone the milestone whose payment it gates, or null when it is due by a date
 * @param due             the same in words: "due before the COMPLETION payment", "due by 2026-09-30"
 * @param summary         the employer's text, null while due
 * @param note            why the funder rejected it, null otherwise
 */
public record ClaimReportResponse(
        String requirementKey,
        RequirementKind kind,
        LocalDate dueOn,
        Milestone beforeMilestone,
        String due,
        ReportState state,
        String summary,
        Instant submittedAt,
        Instant decidedAt,
        String note) {

    static ClaimReportResponse of(ClaimReports.RequirementReport r) {
        return new ClaimReportResponse(
                r.requirement().key(),
                r.requirement().kind(),
                r.requirement().dueOn(),
                r.requirement().beforeMilestone(),
                r.requirement().due(),
                r.report().state(),
                r.report().summary(),
                r.report().submittedAt(),
                r.report().decidedAt(),
                r.report().decisionNote());
    }
}
