package org.skillalliance.reporting.projection;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * What stands for an erased staff member in the workplace learning rows ({@code rp_workplace_learning.learner}): not
 * the staff id, but one pseudonym per staff id, always the same, so that the person's sign-offs still count as one
 * learner and a rebuild (which applies the erasure before the sign-offs: member's topic is replayed first) writes the
 * same rows as live consumption (which applied them the other way round).
 */
final class ErasedLearners {

    private ErasedLearners() {}

    /** The pseudonym of the erased staff member: a name-based UUID of the staff id, never equal to it. */
    static UUID pseudonym(UUID staffId) {
        return UUID.nameUUIDFromBytes(("erased-learner:" + staffId).getBytes(StandardCharsets.UTF_8));
    }
}
