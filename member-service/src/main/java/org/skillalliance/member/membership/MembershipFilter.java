package org.skillalliance.member.membership;

import java.util.UUID;

/** Which memberships a list asks for; null means any. */
public record MembershipFilter(UUID allianceId, UUID organisationId, MembershipStatus status, MembershipRole role) {}
