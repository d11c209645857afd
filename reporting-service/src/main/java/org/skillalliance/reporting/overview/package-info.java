/**
 * The alliance overview for coordinators: members by status, seats offered and filled, waitlist, completions per
 * month, skills covered by category.
 */
package org.skillalliance.reporting.overview;
