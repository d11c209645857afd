/**
 * The alliance overview for coordinators: members by status, seats offered and filled, waitlist, completions per
 * month, skills covered by category, the evaluation (transfer rate and ROI) of the alliance's cohorts, and its
 * signed-off learning at work.
 */
package org.skillalliance.reporting.overview;
