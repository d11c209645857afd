package org.skillalliance.contracts.member;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Payload of {@code MembershipRejected}: an application to join was rejected. Status is always {@link MembershipStatus#REJECTED}.
 * All membership events carry the complete state of the membership after the change.
 *
 * @param membershipId   the membership
 * @param allianceId     the alliance
 * @param organisationId the member organisation
 * @param role           its role in the alliance
 * @param status         the status after the change
 * @param appliedOn      day of the application
 * @param joinedOn       day the membership became active, {@code null} if it never was
 * @param leftOn         day the membership ended, {@code null} while it has not
 * @param effectiveOn    day this change took effect
 */
public record MembershipRejected(
        UUID membershipId,
        UUID allianceId,
        UUID organisationId,
        MembershipRole role,
        MembershipStatus status,
        LocalDate appliedOn,
        LocalDate joinedOn,
        LocalDate leftOn,
        LocalDate effectiveOn) {}
