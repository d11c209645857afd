package org.skillalliance.member.consent;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The consent history's use case: the staff use cases append to it and erase it, learner self-service reads it. It
 * opens no transaction of its own: each change is written in the transaction of the staff change that causes it.
 */
@Service
public class ConsentRecords {

    private final ConsentHistory history;

    ConsentRecords(ConsentHistory history) {
        this.history = history;
    }

    /** Appends one change of a staff member's consent to a purpose and returns it. */
    public ConsentRecord append(
            UUID staffId,
            ConsentPurpose purpose,
            String textVersion,
            boolean given,
            RecordedBy recordedBy,
            Instant at) {
        ConsentRecord record =
                new ConsentRecord(UUID.randomUUID(), staffId, purpose, textVersion, given, recordedBy, at);
        history.append(record);
        return record;
    }

    /** A staff member's history, oldest first. */
    public List<ConsentRecord> of(UUID staffId) {
        return history.of(staffId);
    }

    /** Erasure: the person's history goes with their other personal data. */
    public void forget(UUID staffId) {
        history.forget(staffId);
    }
}
