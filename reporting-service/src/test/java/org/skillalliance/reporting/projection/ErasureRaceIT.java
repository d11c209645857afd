package org.skillalliance.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.curriculum.SkillCategory;
import org.skillalliance.contracts.curriculum.WorkplaceLearningKind;
import org.skillalliance.contracts.curriculum.WorkplaceLearningSignedOff;
import org.skillalliance.contracts.member.StaffErased;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An erasure and a sign-off of the same staff member applied at the same time, as member's and curriculum's consumers
 * may (other partitions, other instances), interleaved deterministically: the first one's transaction is held open
 * after it applied its event, the second is started and must wait for the staff member's lock, then the first commits.
 * Whichever came first, no row keeps the staff id, and the sign-off carries the person's pseudonym (docs/reporting.md
 * "Workplace learning"). It needs no web server nor Keycloak, but runs with them to share the application context of
 * the service's other integration tests rather than start one of its own.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErasureRaceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MemberProjection members;

    @Autowired
    CurriculumProjection curriculum;

    @Autowired
    ErasedLearners erasedLearners;

    @Autowired
    EventRegistry registry;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final ExecutorService consumers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stopConsumers() {
        consumers.shutdownNow();
    }

    @Test
    void anErasureAppliedWhileASignOffIsUncommittedStillTakesTheStaffIdOut() throws Exception {
        UUID staffId = UUID.randomUUID();
        UUID learningId = UUID.randomUUID();

        boolean erasureWaited = applyWhileTheOtherIsOpen(() -> signOff(learningId, staffId), () -> erase(staffId));

        assertTheStaffIdIsGone(staffId, learningId);
        assertThat(erasureWaited)
                .as("the erasure waited for the sign-off's commit")
                .isTrue();
    }

    @Test
    void aSignOffAppliedWhileAnErasureIsUncommittedIsWrittenWithThePseudonym() throws Exception {
        UUID staffId = UUID.randomUUID();
        UUID learningId = UUID.randomUUID();

        boolean signOffWaited = applyWhileTheOtherIsOpen(() -> erase(staffId), () -> signOff(learningId, staffId));

        assertTheStaffIdIsGone(staffId, learningId);
        assertThat(signOffWaited)
                .as("the sign-off waited for the erasure's commit")
                .isTrue();
    }

    /**
     * Applies {@code first} in a transaction held open, then {@code second} in another until it waits for a lock or is
     * done, then lets the first commit and the second finish; true if the second waited for the first (rather than
     * going on with what it saw of an uncommitted write).
     */
    private boolean applyWhileTheOtherIsOpen(Runnable first, Runnable second) throws Exception {
        CountDownLatch firstApplied = new CountDownLatch(1);
        CountDownLatch commitFirst = new CountDownLatch(1);
        Future<?> firstDone =
                consumers.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    first.run();
                    firstApplied.countDown();
                    awaitQuietly(commitFirst);
                }));
        assertThat(firstApplied.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        Future<?> secondDone =
                consumers.submit(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    second.run();
                }));
        await().atMost(PATIENCE).until(() -> secondDone.isDone() || waitingForAnAdvisoryLock());
        boolean secondWaited = !secondDone.isDone();

        commitFirst.countDown();
        firstDone.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        secondDone.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        return secondWaited;
    }

    private void assertTheStaffIdIsGone(UUID staffId, UUID learningId) {
        assertThat(jdbc.sql("select count(*) from rp_workplace_learning where learner = :id")
                        .param("id", staffId)
                        .query(Long.class)
                        .single())
                .isZero();
        List<UUID> learners = jdbc.sql("select learner from rp_workplace_learning where learning_id = :id")
                .param("id", learningId)
                .query(UUID.class)
                .list();
        assertThat(learners).containsExactly(erasedLearners.pseudonym(staffId));
    }

    private boolean waitingForAnAdvisoryLock() {
        return jdbc.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted")
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void signOff(UUID learningId, UUID staffId) {
        curriculum.project(
                registry.envelope(
                        EventTypes.WORKPLACE_LEARNING_SIGNED_OFF,
                        learningId.toString(),
                        "curriculum-service",
                        new WorkplaceLearningSignedOff(
                                learningId,
                                WorkplaceLearningKind.ON_THE_JOB,
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                staffId,
                                UUID.randomUUID(),
                                "S1.2",
                                SkillCategory.DIGITAL,
                                3,
                                new BigDecimal("12.50"),
                                4,
                                LocalDate.parse("2026-03-02"),
                                LocalDate.parse("2026-03-20"))),
                Timestamp.from(Instant.now()));
    }

    private void erase(UUID staffId) {
        members.project(
                registry.envelope(
                        EventTypes.STAFF_ERASED,
                        staffId.toString(),
                        "member-service",
                        new StaffErased(staffId, UUID.randomUUID())),
                Timestamp.from(Instant.now()));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
