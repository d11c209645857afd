/**
 * History import: an association moving onto the platform brings its past cohorts, their seats and outcomes. Each
 * cohort goes through the same domain and the same events as a live one (scheduled, opened, seats confirmed, started,
 * outcomes recorded, completed), dated when each step happened, so funding-service fixes its cost shares and claims
 * and reporting-service counts it exactly like live history. The import skips the rules that only make sense for the
 * future and says so ({@link org.skillalliance.curriculum.history.HistoryRules}). A cohort sent again with the same
 * content is left unchanged, compared by its fingerprint over the values as kept
 * ({@link org.skillalliance.curriculum.history.HistoryFingerprint}).
 */
package org.skillalliance.curriculum.history;
