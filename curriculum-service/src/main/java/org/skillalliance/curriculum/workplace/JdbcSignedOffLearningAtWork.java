package org.skillalliance.curriculum.workplace;

import java.util.Optional;
import java.util.UUID;
import org.skillalliance.curriculum.credential.SignedOffLearningAtWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employer of learning at work signed off, for revoking its credentials before any was issued. */
@Repository
class JdbcSignedOffLearningAtWork implements SignedOffLearningAtWork {

    private final JdbcClient jdbc;

    JdbcSignedOffLearningAtWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> employerOf(UUID learningId) {
        return jdbc.sql("select employer_id from workplace_learning where id = :id and signed_off_on is not null"
                        + " union all"
                        + " select employer_id from workshop w where w.id = :id and exists (select 1 from"
                        + " workshop_participant p where p.workshop_id = w.id and p.outcome = 'COMPLETED')")
                .param("id", learningId)
                .query(UUID.class)
                .optional();
    }
}
