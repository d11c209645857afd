package org.skillalliance.curriculum.credential;

import java.util.Optional;
import java.util.UUID;

/**
 * What revoking needs to know of learning at work for which no credential was issued yet (its learner never
 * downloaded it): whether it was signed off, and by which employer. The workplace feature answers it; this package
 * does not read that feature's tables.
 */
public interface SignedOffLearningAtWork {

    /**
     * The employer of the workplace learning, or of the workshop, with that id, when it is signed off (a workshop: for
     * at least one participant); empty for any other id.
     */
    Optional<UUID> employerOf(UUID learningId);
}
