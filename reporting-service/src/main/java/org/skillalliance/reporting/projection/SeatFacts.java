package org.skillalliance.reporting.projection;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code rp_seat}, the impact report's read shape, equal to the view {@code rp_seat_source} over the other
 * projections: after events have changed enrolments, staff members, organisations, cohorts or courses, the seat rows
 * they can reach are deleted and derived again from the view, in the same transaction as the events. Re-deriving
 * from the latest state, rather than patching columns, is what keeps the rows right whatever order the topics
 * interleave in (an outcome before its staff member, a staff member's departure before the enrolment).
 *
 * <p>Inside a transaction the changes are gathered and the rows re-derived once, just before it commits: a
 * transaction that applies a poll of two hundred enrolment events re-derives their seats in one statement rather than
 * two hundred (on two busy cores each round trip to the database costs milliseconds of waiting,
 * docs/performance.md). If the re-derivation fails, the commit fails and the transaction rolls back whole. Outside a
 * transaction the rows are re-derived at once.
 *
 * <p>The seats' rollups per (cohort, employer) pair, {@code rp_seat_pair}, the rows the impact report reads, follow in
 * the same transaction: the pairs of every seat row deleted or inserted are re-derived from the view
 * {@code rp_seat_pair_source} over the seats, in one more statement (docs/reporting.md, "Rollups").
 */
@Component
class SeatFacts {

    private final JdbcClient jdbc;

    SeatFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enrolmentChanged(Object enrolmentId) {
        changed(Reach.ENROLMENT, enrolmentId);
    }

    void staffChanged(Object staffId) {
        changed(Reach.STAFF, staffId);
    }

    void organisationChanged(Object organisationId) {
        changed(Reach.EMPLOYER, organisationId);
    }

    void cohortChanged(Object cohortId) {
        changed(Reach.COHORT, cohortId);
    }

    void courseChanged(Object courseId) {
        changed(Reach.COURSE, courseId);
    }

    /** The seat rows a changed id reaches: those with it in {@code column}, derived from the view's {@code source}. */
    private enum Reach {
        ENROLMENT("enrolment_id", "enrolment_id = any(cast(:ids as uuid[]))"),
        STAFF("staff_id", "staff_id = any(cast(:ids as uuid[]))"),
        EMPLOYER("employer_id", "employer_id = any(cast(:ids as uuid[]))"),
        COHORT("cohort_id", "cohort_id = any(cast(:ids as uuid[]))"),
        COURSE("course_id", "cohort_id in (select id from rp_cohort where course_id = any(cast(:ids as uuid[])))");

        final String column;
        final String source;

        Reach(String column, String source) {
            this.column = column;
            this.source = source;
        }
    }

    private void changed(Reach reach, Object id) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            rederivePairs(rederive(reach, Set.of(id.toString())));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<Reach, Set<String>> pending = (Map<Reach, Set<String>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<Reach, Set<String>> changes = new EnumMap<>(Reach.class);
            TransactionSynchronizationManager.bindResource(this, changes);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    Set<Pair> pairs = new LinkedHashSet<>();
                    changes.forEach((reach, ids) -> pairs.addAll(rederive(reach, ids)));
                    rederivePairs(pairs);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SeatFacts.this);
                }
            });
            pending = changes;
        }
        pending.computeIfAbsent(reach, r -> new LinkedHashSet<>()).add(id.toString());
    }

    /**
     * Deletes the seat rows the ids reach and inserts those the view derives for them, in one statement, and answers
     * the (cohort, employer) pairs of the rows deleted or inserted: those whose rollups change. The scalar subquery
     * over {@code gone} is an init plan, so the delete has run to its end before the first row is inserted, and rows
     * the statement's own transaction deleted do not conflict with the ones it inserts.
     */
    private List<Pair> rederive(Reach reach, Set<String> ids) {
        return jdbc.sql("""
                with gone as (delete from rp_seat where %s = any(cast(:ids as uuid[])) returning cohort_id, employer_id),
                added as (
                    insert into rp_seat select * from rp_seat_source where %s and (select count(*) from gone) >= 0
                    returning cohort_id, employer_id)
                select cohort_id, employer_id from gone union select cohort_id, employer_id from added
                """.formatted(reach.column, reach.source))
                .param("ids", ids.toArray(String[]::new))
                .query((rs, n) -> new Pair(rs.getString(1), rs.getString(2)))
                .list();
    }

    /**
     * Re-derives the rollups of the pairs ({@code rp_seat_pair}, V11__impact_rollups.sql) from their seats as they now
     * stand, set-wise in one statement, the same way: the view's rows are narrowed to the pairs' cohorts and employers
     * first (conditions PostgreSQL pushes below its grouping, so only the seats of those cohorts and employers are
     * read, by both indexes: 2,000 seats for a poll of 200 pairs at a million enrolments, where the cohorts alone
     * held 10,000), then to the pairs.
     */
    private void rederivePairs(Collection<Pair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        jdbc.sql("""
                with touched as (
                    select * from unnest(cast(:cohorts as uuid[]), cast(:employers as uuid[])) as t (cohort_id, employer_id)),
                gone as (
                    delete from rp_seat_pair p using touched t
                    where p.cohort_id = t.cohort_id and p.employer_id = t.employer_id returning 1)
                insert into rp_seat_pair select * from rp_seat_pair_source
                where cohort_id = any(cast(:cohorts as uuid[])) and employer_id = any(cast(:employers as uuid[]))
                  and (cohort_id, employer_id) in (select cohort_id, employer_id from touched)
                  and (select count(*) from gone) >= 0
                """)
                .param("cohorts", pairs.stream().map(Pair::cohortId).toArray(String[]::new))
                .param("employers", pairs.stream().map(Pair::employerId).toArray(String[]::new))
                .update();
    }

    /** A cohort and an employer, the key of a rollup row. */
    private record Pair(String cohortId, String employerId) {}
}
