/**
 * The subsidy quote: what grant offset an employer can expect for one seat in a cohort, from the award that would
 * cover the seat and its programme's rules, assuming the seat is completed with full attendance of the course's
 * planned hours. It also shows the programme's scheme rules that apply (the training plan's due date and whether one
 * was filed, minimum hours, attendance threshold, claim deadline, milestone payments). Answered synchronously to
 * curriculum-service's enrolment quote ({@code GET /api/quotes}); the contract is in docs/funding.md.
 */
package org.skillalliance.funding.quote;
