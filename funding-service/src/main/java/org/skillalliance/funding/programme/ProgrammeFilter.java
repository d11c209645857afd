package org.skillalliance.funding.programme;

import java.util.UUID;

/** Which programmes a list asks for; null means any. {@code allianceId} selects programmes open to that alliance. */
public record ProgrammeFilter(UUID funderId, ProgrammeStatus status, UUID allianceId) {
}
