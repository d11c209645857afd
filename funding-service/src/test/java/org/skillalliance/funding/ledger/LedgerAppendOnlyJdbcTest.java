package org.skillalliance.funding.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.funding.money.Money;
import org.skillalliance.testsupport.RealDatabaseConnectionDetails;
import org.skillalliance.testsupport.TestPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger is append-only, as the database enforces it: the real {@link Ledger} over a fresh database on
 * test-support's real PostgreSQL 17 ({@link TestPostgres}, never an in-memory stand-in), its schema migrated by the
 * service's own Flyway migrations (V1's row trigger refuses UPDATE and DELETE, V2's statement trigger TRUNCATE). A JDBC
 * slice: no web layer, no Kafka, no Keycloak.
 *
 * <p>The tests manage their own transactions ({@code NOT_SUPPORTED} instead of the slice's roll-back-after-each-test),
 * because a refused statement aborts its transaction: each refusal runs in one of its own, and what the ledger held
 * before is then read again in another.
 *
 * <p>The same rule end-to-end, after real money movements through the API: {@code FundingFlowIT} (update and delete)
 * and {@code EligibilityAndCapsIT#theLedgerRefusesTruncateAsItRefusesUpdateAndDelete}. Measured in one
 * {@code -Donly=funding} run on the 2-core machine at load average 20 to 25 (2026-12-07): this class 26.8 s, the
 * start of the JVM's PostgreSQL, Flyway and its context included (its four tests 0.04 to 2.8 s each); those two ITs
 * 22.1 s and 15.6 s on the shared context, which the first IT class had started (102.8 s with Keycloak's start).
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(Ledger.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class LedgerAppendOnlyJdbcTest {

    /** A fresh database handed to Boot as its {@link JdbcConnectionDetails}, as {@code @RealInfrastructure} does. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FreshDatabase {

        @Bean
        JdbcConnectionDetails freshDatabase() {
            return new RealDatabaseConnectionDetails(TestPostgres.instance().freshDatabase("LedgerAppendOnlyJdbcTest"));
        }
    }

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    UUID programme;

    @BeforeEach
    void aProgrammeWithTwoCommittedGrants() {
        programme = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            ledger.append(grantCommitted(700));
            ledger.append(grantCommitted(300));
        });
    }

    @Test
    void appendedEntriesAreSummed() {
        assertThat(committed()).isEqualTo(Money.of(1_000, "EUR"));
    }

    @Test
    void anEntryCannotBeChanged() {
        assertThatThrownBy(
                        () -> inTransaction("update ledger_entry set amount_minor = 0 where programme_id = :programme"))
                .hasMessageContaining("the ledger is append-only: UPDATE refused");
        assertThat(committed()).isEqualTo(Money.of(1_000, "EUR"));
    }

    @Test
    void anEntryCannotBeRemoved() {
        assertThatThrownBy(() -> inTransaction("delete from ledger_entry where programme_id = :programme"))
                .hasMessageContaining("the ledger is append-only: DELETE refused");
        assertThat(committed()).isEqualTo(Money.of(1_000, "EUR"));
    }

    @Test
    void theLedgerCannotBeEmptiedAtOnce() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(
                        status -> jdbc.sql("truncate ledger_entry").update()))
                .hasMessageContaining("the ledger is append-only: TRUNCATE refused");
        assertThat(committed()).isEqualTo(Money.of(1_000, "EUR"));
    }

    private void inTransaction(String statement) {
        transactions.executeWithoutResult(
                status -> jdbc.sql(statement).param("programme", programme).update());
    }

    private Money committed() {
        return ledger.sum(LedgerFilter.ofType(EntryType.GRANT_COMMITTED).programme(programme), "EUR");
    }

    private LedgerEntry grantCommitted(long amountMinor) {
        return LedgerEntry.of(
                        EntryType.GRANT_COMMITTED,
                        Money.of(amountMinor, "EUR"),
                        LocalDate.of(2026, 3, 1),
                        Instant.parse("2026-03-01T09:00:00Z"),
                        "award")
                .programme(programme);
    }
}
