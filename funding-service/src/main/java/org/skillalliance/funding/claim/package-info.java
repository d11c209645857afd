/**
 * Reimbursement claims and disbursements. When an enrolment's outcome arrives for a cohort covered by an award, the
 * employer's claim for that cohort is (re)computed from the programme's rules with {@link
 * org.skillalliance.funding.claim.Reimbursement} (DESIGN section 3, exactly: per completed seat, training cost x
 * min(cost rate, 1 - minimum employer share) + wage subsidy x attended hours, capped per participant; summed per
 * employer and cohort, capped per employer over the programme period, then rounded down once). Lifecycle
 * (draft ->) submitted -> approved -> paid, or rejected: under a programme with a claim window a claim is a draft the
 * employer submits within the window ({@link org.skillalliance.funding.claim.ClaimWindow}). Approval never takes more
 * than the award has left and splits the approved amount over the programme's milestones ({@link
 * org.skillalliance.funding.claim.ClaimPayment#plan}); each payment is one disbursement, checked against the award, so
 * disbursements never exceed it. A seat is in at most one claim; the participant cap counts
 * what other claims pay (approved, or claimed while undecided), and refreshes of one employer under one programme
 * serialise on a (programme, employer) advisory lock so that concurrent awards cannot both spend a cap. Under a
 * programme with scheme rules, {@link org.skillalliance.funding.claim.SeatRules} decides which completed seats count
 * (a training plan listing the participant, minimum attended hours, attendance threshold); the others are kept with
 * the claim as {@link org.skillalliance.funding.claim.ExcludedSeat}s with their reason.
 *
 * <p>On-the-job hours (issue 20): under a programme with the {@code onTheJob} rule, an employer's signed-off learning at
 * work is claimed in a claim of its own per award and employer, without a cohort, through the same lifecycle. {@link
 * org.skillalliance.funding.claim.WorkplaceHours} computes its lines: hours counted within the participant's hours cap
 * across the programme's claims, rate x hours rounded half up once per line, the employer cap cutting the last lines first (the lines always sum to
 * the claim); with {@code
 * requiresOffTheJob} only participants with a completed seat in a cohort the programme covers, the others kept as
 * {@link org.skillalliance.funding.claim.ExcludedLearning} with the reason. Its submission, approval and payments are
 * published as a cohort claim's, with {@code cohortId} null and no enrolment ids.
 *
 * <p>Reports that gate payments ({@link org.skillalliance.funding.claim.ClaimReports}): the employer submits a {@link
 * org.skillalliance.funding.claim.ClaimReport} for each requirement of the claim's programme, the funder accepts or
 * rejects it; a requirement that gates a payment blocks it until its report is accepted, and every claim in the API
 * says what blocks its next payment ({@code blockedBy}).
 */
package org.skillalliance.funding.claim;
