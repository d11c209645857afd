/**
 * The local read model of member-service's facts that enrolment needs, fed only by {@code member.events.v1}
 * (consumer group {@code curriculum-service}, each event applied once through the inbox): alliances (their name names
 * the credential issuer), organisations (type, size band, sector), memberships and staff (employer, status and the
 * ISCO-08 job role that skills needs matches profiles by). No personal data: staff are pseudonymous ids with their
 * employer. {@link org.skillalliance.curriculum.memberfacts.MemberFacts#checkCanEnrol} answers who may be enrolled.
 */
package org.skillalliance.curriculum.memberfacts;
