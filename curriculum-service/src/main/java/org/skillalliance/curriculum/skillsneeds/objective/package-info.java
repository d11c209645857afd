/**
 * Alliance objectives: SMART targets such as "120 staff of member employers at level 3 or above in skill X by
 * 2027-06-30" ({@code STAFF_AT_LEVEL}) or "a completion rate of 80% in cohorts of course Y this year"
 * ({@code COMPLETION_RATE}). Progress is computed from what the events said (skill levels from completions and
 * ratings, the member read model, outcomes consumed from {@code curriculum.events.v1}), with the trajectory needed to
 * meet the target and whether the alliance is on track ({@link ObjectiveProgress}).
 */
package org.skillalliance.curriculum.skillsneeds.objective;
