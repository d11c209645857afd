package org.skillalliance.member.learner;

import org.skillalliance.member.staff.AgeBand;
import org.skillalliance.member.staff.Gender;

/**
 * A learner gives ({@code given: true}) or withdraws consent.
 *
 * @param purpose     {@code OUTCOME_REPORTING}
 * @param textVersion the version of the consent text the learner was shown; giving consent requires the current one
 * @param gender      optional, only when giving consent: then it travels with the learner's outcomes
 * @param ageBand     optional, only when giving consent
 */
public record ConsentRequest(String purpose, Boolean given, String textVersion, Gender gender, AgeBand ageBand) {}
