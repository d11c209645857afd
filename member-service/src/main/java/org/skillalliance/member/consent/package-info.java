/**
 * Consent history: each time a staff member's consent to a purpose (outcome reporting) is given or withdrawn, by the
 * learner themself or by their employer's HR, with the version of the consent text the learner saw and the time. The
 * consent texts and their versions live here ({@link org.skillalliance.member.consent.ConsentPurpose}). The current
 * state is the staff record's own flag; staff changes write the history, learner self-service reads it, both through
 * the use case {@link org.skillalliance.member.consent.ConsentRecords}; the table itself is package-private.
 */
package org.skillalliance.member.consent;
