package org.skillalliance.member.membership;

import java.util.UUID;
import org.skillalliance.contracts.member.MembershipRole;
import org.skillalliance.contracts.member.MembershipStatus;

/** Which memberships a list asks for; null means any. */
public record MembershipFilter(UUID allianceId, UUID organisationId, MembershipStatus status, MembershipRole role) {}
