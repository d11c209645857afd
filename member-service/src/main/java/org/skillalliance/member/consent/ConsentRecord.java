package org.skillalliance.member.consent;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One change of consent.
 *
 * @param textVersion the version of the consent text the learner saw; null when HR recorded it
 * @param given       true when consent was given, false when withdrawn
 */
@ValueObject
public record ConsentRecord(
        UUID id,
        UUID staffId,
        ConsentPurpose purpose,
        String textVersion,
        boolean given,
        RecordedBy recordedBy,
        Instant recordedAt) {}
