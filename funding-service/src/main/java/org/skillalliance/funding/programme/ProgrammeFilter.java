package org.skillalliance.funding.programme;

import java.util.UUID;

/**
 * Which programmes a list asks for; null means any. {@code allianceId} selects programmes open to that alliance.
 * {@code viewer}, when set, narrows the list to what that organisation may see: every programme that is not a draft,
 * and its own drafts.
 */
public record ProgrammeFilter(UUID funderId, ProgrammeStatus status, UUID allianceId, UUID viewer) {

    public ProgrammeFilter(UUID funderId, ProgrammeStatus status, UUID allianceId) {
        this(funderId, status, allianceId, null);
    }

    public ProgrammeFilter visibleTo(UUID organisation) {
        return new ProgrammeFilter(funderId, status, allianceId, organisation);
    }
}
