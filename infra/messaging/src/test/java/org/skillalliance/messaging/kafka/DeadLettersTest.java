package org.skillalliance.messaging.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.InvalidEventException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class DeadLettersTest {

    @Test
    void anUnreachableDatabaseIsRecognisedThroughTheListenersWrapping() {
        assertThat(DeadLetters.databaseUnreachable(new ListenerExecutionFailedException(
                        "listener failed",
                        new CannotCreateTransactionException(
                                "Could not open JDBC Connection for transaction",
                                new SQLTransientConnectionException("Connection is not available", "08001")))))
                .isTrue();
        assertThat(DeadLetters.databaseUnreachable(new CannotGetJdbcConnectionException("no connection")))
                .isTrue();
        assertThat(DeadLetters.databaseUnreachable(new DataAccessResourceFailureException("I/O error")))
                .isTrue();
        // PostgreSQL: the server shutting down (57P01), crashed (57P02), starting up (57P03); connection lost (08006)
        for (String state : new String[] {"57P01", "57P02", "57P03", "08006"}) {
            assertThat(DeadLetters.databaseUnreachable(new RuntimeException(new SQLException("server gone", state))))
                    .as(state)
                    .isTrue();
        }
    }

    @Test
    void aFaultOfTheRecordOrItsEffectIsNot() {
        assertThat(DeadLetters.databaseUnreachable(new InvalidEventException("not an envelope")))
                .isFalse();
        assertThat(DeadLetters.databaseUnreachable(new IllegalStateException("negative sequence")))
                .isFalse();
        assertThat(DeadLetters.databaseUnreachable(new DataIntegrityViolationException(
                        "duplicate key", new SQLException("duplicate key", "23505"))))
                .isFalse();
    }
}
