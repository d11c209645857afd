/**
 * The alliance overview for coordinators: members by status, seats offered and filled, waitlist, completions per
 * month, skills covered by category, and the evaluation (transfer rate and ROI) of the alliance's cohorts.
 */
package org.skillalliance.reporting.overview;
