package org.skillalliance.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** A lost race on a unique constraint is logged by the constraint's name, never by the key PostgreSQL quotes. */
class DuplicateKeyLogTest {

    @Test
    void theConstraintIsNamedAndTheKeyLeftOut() {
        DuplicateKeyException race = new DuplicateKeyException(
                "insert failed",
                new IllegalStateException(
                        "ERROR: duplicate key value violates unique constraint \"staff_email_unique\"\n  Detail: Key "
                                + "(employer_id, email_key)=(6f1c, jane.doe@example.org) already exists."));
        assertThat(ProblemDetailsHandler.constraintName(race)).isEqualTo("staff_email_unique");
        assertThat(ProblemDetailsHandler.constraintName(new DuplicateKeyException("no name")))
                .isEqualTo("(unnamed)");
    }
}
