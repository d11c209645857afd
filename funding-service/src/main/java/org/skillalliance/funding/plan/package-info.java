/**
 * Training plans (issue 26): an employer's plan for a cohort under a programme whose scheme rules require one
 * ({@code SchemeRules.planLeadDays}): the participants (staff ids), the planned hours and the cost, filed by the
 * employer's {@code member-admin} no later than the cohort's start minus the lead days. One plan per programme,
 * employer and cohort, replaced by a new filing while not yet due; after the due date it can no longer be filed or
 * changed. A claim counts a completed seat under such a programme only when its participant is in the plan
 * (claim package); the quote shows the due date and whether a plan was filed. The employer and the programme's funder
 * see a plan (docs/funding.md "Training plans").
 */
package org.skillalliance.funding.plan;
