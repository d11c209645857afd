package org.skillalliance.funding.claim;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.funding.facts.WorkplaceLearningKind;
import org.skillalliance.funding.money.Fraction;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.programme.Milestone;
import org.skillalliance.web.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Claims, their seats, planned payments and disbursements in PostgreSQL. */
@Repository
class JdbcClaims {

    private final JdbcClient jdbc;

    JdbcClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Claim c) {
        jdbc.sql("""
                insert into claim (id, award_id, programme_id, employer_id, cohort_id, claimed_minor, approved_minor,
                    currency, status, decision_note, window_opens_on, window_closes_on, created_at, updated_at)
                values (:id, :awardId, :programmeId, :employerId, :cohortId, :claimed, :approved, :currency, :status,
                    :note, :windowOpensOn, :windowClosesOn, :createdAt, :updatedAt)
                """).params(params(c)).update();
        insertSeats(c);
    }

    void update(Claim c) {
        jdbc.sql("""
                update claim set claimed_minor = :claimed, approved_minor = :approved, status = :status,
                    decision_note = :note, updated_at = :updatedAt
                where id = :id
                """).params(params(c)).update();
        if (!c.status().isDecided()) {
            jdbc.sql("delete from claim_seat where claim_id = :id")
                    .param("id", c.id())
                    .update();
            jdbc.sql("delete from claim_excluded_seat where claim_id = :id")
                    .param("id", c.id())
                    .update();
            jdbc.sql("delete from claim_workplace_line where claim_id = :id")
                    .param("id", c.id())
                    .update();
            jdbc.sql("delete from claim_excluded_learning where claim_id = :id")
                    .param("id", c.id())
                    .update();
            insertSeats(c);
        }
    }

    /** The payments planned when the claim was approved, all due. */
    void insertPayments(Claim c) {
        for (ClaimPayment payment : c.payments()) {
            jdbc.sql("""
                    insert into claim_payment (claim_id, milestone, amount_minor, status)
                    values (:claimId, :milestone, :amount, :status)
                    """)
                    .param("claimId", c.id())
                    .param("milestone", payment.milestone().name())
                    .param("amount", payment.amount().amountMinor())
                    .param("status", payment.status().name())
                    .update();
        }
    }

    /** The disbursement that made one payment of the claim. */
    void insertDisbursement(Claim c, ClaimPayment payment, Instant paidAt) {
        jdbc.sql("""
                insert into disbursement (id, claim_id, award_id, amount_minor, currency, paid_on, paid_at)
                values (:id, :claimId, :awardId, :amount, :currency, :paidOn, :paidAt)
                """)
                .param("id", payment.disbursementId())
                .param("claimId", c.id())
                .param("awardId", c.awardId())
                .param("amount", payment.amount().amountMinor())
                .param("currency", payment.amount().currency())
                .param("paidOn", java.sql.Date.valueOf(payment.paidOn()))
                .param("paidAt", Timestamp.from(paidAt))
                .update();
    }

    /** Records that a planned payment was made (after its disbursement is inserted). */
    void markPaid(Claim c, ClaimPayment payment) {
        jdbc.sql("""
                update claim_payment set status = :status, disbursement_id = :disbursementId, paid_on = :paidOn
                where claim_id = :claimId and milestone = :milestone
                """)
                .param("status", payment.status().name())
                .param("disbursementId", payment.disbursementId())
                .param("paidOn", java.sql.Date.valueOf(payment.paidOn()))
                .param("claimId", c.id())
                .param("milestone", payment.milestone().name())
                .update();
    }

    Optional<Claim> find(UUID id) {
        return jdbc.sql("select * from claim where id = :id")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    Optional<Claim> findForUpdate(UUID id) {
        return jdbc.sql("select * from claim where id = :id for update")
                .param("id", id)
                .query(this::map)
                .optional();
    }

    Optional<Claim> findOpen(UUID awardId, UUID employerId, UUID cohortId) {
        return jdbc.sql("""
                select * from claim where award_id = :awardId and employer_id = :employerId and cohort_id = :cohortId
                and status in ('DRAFT', 'SUBMITTED')
                """)
                .param("awardId", awardId)
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .query(this::map)
                .optional();
    }

    /**
     * The employer's open claim for learning at work under the award: submitted, or a draft whose window has not
     * closed before {@code today} (an expired draft holds nothing, so new learning opens a new draft).
     */
    Optional<Claim> findOpenWorkplace(UUID awardId, UUID employerId, LocalDate today) {
        return jdbc.sql("""
                select * from claim where award_id = :awardId and employer_id = :employerId and cohort_id is null
                and (status = 'SUBMITTED' or (status = 'DRAFT' and window_closes_on >= :today))
                """)
                .param("today", today)
                .param("awardId", awardId)
                .param("employerId", employerId)
                .query(this::map)
                .optional();
    }

    /**
     * Learning of the employer ("learning id/staff id") in a claim other than {@code ownClaim}, drafts whose window
     * closed before {@code today} aside: a learning is claimed once, as a seat is.
     */
    Set<String> learningInOtherClaims(UUID employerId, UUID ownClaim, LocalDate today) {
        return new HashSet<>(jdbc.sql("""
                select l.learning_id || '/' || l.staff_id from claim_workplace_line l join claim c on c.id = l.claim_id
                where c.employer_id = :employerId and c.id <> :ownClaim
                and not (c.status = 'DRAFT' and coalesce(c.window_closes_on, 'infinity') < :today)
                """)
                .param("today", today)
                .param("employerId", employerId)
                .param("ownClaim", ownClaim)
                .query(String.class)
                .list());
    }

    /**
     * Hours of learning at work each participant counted in the programme's other claims that are not rejected
     * (drafts whose window closed before {@code today} aside): what their hours cap has used.
     */
    Map<UUID, BigDecimal> hoursCountedByParticipants(
            UUID programmeId, Collection<UUID> staffIds, UUID excludedClaim, LocalDate today) {
        Map<UUID, BigDecimal> counted = new HashMap<>();
        if (staffIds.isEmpty()) {
            return counted;
        }
        jdbc.sql("""
                select l.staff_id, sum(l.hours) as hours from claim_workplace_line l join claim c on c.id = l.claim_id
                where c.programme_id = :programmeId and c.status <> 'REJECTED' and c.id <> :excluded
                and not (c.status = 'DRAFT' and coalesce(c.window_closes_on, 'infinity') < :today)
                and l.staff_id in (:staff)
                group by l.staff_id
                """)
                .param("today", today)
                .param("programmeId", programmeId)
                .param("staff", staffIds)
                .param("excluded", excludedClaim)
                .query((rs, n) -> counted.put(rs.getObject("staff_id", UUID.class), rs.getBigDecimal("hours")))
                .list();
        return counted;
    }

    /**
     * Takes a transaction lock on (programme, employer), held until commit: claim refreshes that compute the caps of
     * one employer under one programme serialise on it, on any number of instances (a PostgreSQL advisory lock, in the
     * one-key space; the outbox relay's shard locks use the two-key space, which does not overlap).
     */
    void lockCaps(UUID programmeId, UUID employerId) {
        jdbc.sql("""
                select 1 from pg_advisory_xact_lock(
                    hashtextextended('claim-caps:' || cast(:programmeId as text) || ':' || cast(:employerId as text), 0))
                """)
                .param("programmeId", programmeId)
                .param("employerId", employerId)
                .query(Integer.class)
                .single();
    }

    /**
     * Enrolments of the employer in the cohort that are in a claim other than {@code ownClaim}: decided claims
     * (approved, paid or rejected) and undecided claims under other awards. A seat is claimed once. A draft whose
     * claim window closed before {@code today} can never be submitted, so it holds no seat (nor, below, any cap).
     */
    Set<UUID> enrolmentsInOtherClaims(UUID employerId, UUID cohortId, UUID ownClaim, LocalDate today) {
        return new HashSet<>(jdbc.sql("""
                select s.enrolment_id from claim_seat s join claim c on c.id = s.claim_id
                where c.employer_id = :employerId and c.cohort_id = :cohortId and c.id <> :ownClaim
                and not (c.status = 'DRAFT' and coalesce(c.window_closes_on, 'infinity') < :today)
                """)
                .param("today", today)
                .param("employerId", employerId)
                .param("cohortId", cohortId)
                .param("ownClaim", ownClaim)
                .query(UUID.class)
                .list());
    }

    /**
     * What the participants got in the programme's other claims that are not rejected: each claim's approved amount
     * (its claimed amount while undecided) shared among its seats (see {@link Claim#paidPerParticipant}).
     */
    Map<UUID, Fraction> receivedByParticipants(
            UUID programmeId, Collection<UUID> staffIds, UUID excludedClaim, LocalDate today) {
        Map<UUID, Fraction> received = new HashMap<>();
        if (staffIds.isEmpty()) {
            return received;
        }
        List<Claim> others = jdbc.sql("""
                select * from claim c where c.programme_id = :programmeId and c.status <> 'REJECTED'
                and c.id <> :excluded and not (c.status = 'DRAFT' and coalesce(c.window_closes_on, 'infinity') < :today)
                and exists (select 1 from claim_seat s where s.claim_id = c.id and s.staff_id in (:staff))
                """)
                .param("today", today)
                .param("programmeId", programmeId)
                .param("staff", staffIds)
                .param("excluded", excludedClaim)
                .query(this::map)
                .list();
        Set<UUID> wanted = new HashSet<>(staffIds);
        for (Claim claim : others) {
            claim.paidPerParticipant().forEach((staff, amount) -> {
                if (wanted.contains(staff)) {
                    received.merge(staff, amount, Fraction::plus);
                }
            });
        }
        return received;
    }

    /**
     * What the employer claimed (or was approved) in the programme's other claims that are not rejected, drafts whose
     * claim window closed before {@code today} aside.
     */
    long claimedByEmployer(UUID programmeId, UUID employerId, UUID excludedClaim, LocalDate today) {
        return jdbc.sql("""
                select coalesce(sum(coalesce(approved_minor, claimed_minor)), 0) from claim
                where programme_id = :programmeId and employer_id = :employerId and status <> 'REJECTED'
                and id <> :excluded and not (status = 'DRAFT' and coalesce(window_closes_on, 'infinity') < :today)
                """)
                .param("today", today)
                .param("programmeId", programmeId)
                .param("employerId", employerId)
                .param("excluded", excludedClaim)
                .query(Long.class)
                .single();
    }

    List<Claim> list(ClaimFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return jdbc.sql("select * from claim" + where + " order by created_at, id limit :limit offset :offset")
                .params(params)
                .query(this::map)
                .list();
    }

    long count(ClaimFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*) from claim" + where(filter, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(ClaimFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (f.programmeId() != null) {
            conditions.add("programme_id = :programmeId");
            params.put("programmeId", f.programmeId());
        }
        if (f.awardId() != null) {
            conditions.add("award_id = :awardId");
            params.put("awardId", f.awardId());
        }
        if (f.employerId() != null) {
            conditions.add("employer_id = :employerId");
            params.put("employerId", f.employerId());
        }
        if (f.cohortId() != null) {
            conditions.add("cohort_id = :cohortId");
            params.put("cohortId", f.cohortId());
        }
        if (f.status() != null) {
            conditions.add("status = :status");
            params.put("status", f.status().name());
        }
        if (f.viewer() != null) {
            conditions.add(
                    "(employer_id = :viewer or programme_id in (select id from programme where funder_id = :viewer))");
            params.put("viewer", f.viewer());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void insertSeats(Claim c) {
        for (Reimbursement.SeatAmount seat : c.seats()) {
            jdbc.sql("""
                    insert into claim_seat (claim_id, enrolment_id, staff_id, attended_hours, exact_amount,
                        exact_fraction)
                    values (:claimId, :enrolmentId, :staffId, :hours, :exact, :fraction)
                    """)
                    .param("claimId", c.id())
                    .param("enrolmentId", seat.enrolmentId())
                    .param("staffId", seat.staffId())
                    .param("hours", seat.attendedHours())
                    .param("exact", seat.exactMinor().toDecimal(12))
                    .param("fraction", seat.exactMinor().toString())
                    .update();
        }
        for (WorkplaceHours.Line line : c.workplaceLines()) {
            jdbc.sql("""
                    insert into claim_workplace_line (claim_id, learning_id, staff_id, kind, logged_hours, hours,
                        amount_minor)
                    values (:claimId, :learningId, :staffId, :kind, :loggedHours, :hours, :amount)
                    """)
                    .param("claimId", c.id())
                    .param("learningId", line.learningId())
                    .param("staffId", line.staffId())
                    .param("kind", line.kind().name())
                    .param("loggedHours", line.loggedHours())
                    .param("hours", line.hours())
                    .param("amount", line.amountMinor())
                    .update();
        }
        for (ExcludedLearning learning : c.excludedLearning()) {
            jdbc.sql("""
                    insert into claim_excluded_learning (claim_id, learning_id, staff_id, reason)
                    values (:claimId, :learningId, :staffId, :reason)
                    """)
                    .param("claimId", c.id())
                    .param("learningId", learning.learningId())
                    .param("staffId", learning.staffId())
                    .param("reason", learning.reason())
                    .update();
        }
        for (ExcludedSeat seat : c.excludedSeats()) {
            jdbc.sql("""
                    insert into claim_excluded_seat (claim_id, enrolment_id, staff_id, reason)
                    values (:claimId, :enrolmentId, :staffId, :reason)
                    """)
                    .param("claimId", c.id())
                    .param("enrolmentId", seat.enrolmentId())
                    .param("staffId", seat.staffId())
                    .param("reason", seat.reason())
                    .update();
        }
    }

    private static Map<String, Object> params(Claim c) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", c.id());
        params.put("awardId", c.awardId());
        params.put("programmeId", c.programmeId());
        params.put("employerId", c.employerId());
        params.put("cohortId", c.cohortId());
        params.put("claimed", c.claimed().amountMinor());
        params.put("approved", c.approved() == null ? null : c.approved().amountMinor());
        params.put("currency", c.claimed().currency());
        params.put("status", c.status().name());
        params.put("note", c.decisionNote());
        params.put(
                "windowOpensOn",
                c.window() == null ? null : java.sql.Date.valueOf(c.window().opensOn()));
        params.put(
                "windowClosesOn",
                c.window() == null ? null : java.sql.Date.valueOf(c.window().closesOn()));
        params.put("createdAt", Timestamp.from(c.createdAt()));
        params.put("updatedAt", Timestamp.from(c.updatedAt()));
        return params;
    }

    private Claim map(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String currency = rs.getString("currency").trim();
        Long approved = (Long) rs.getObject("approved_minor");
        List<Reimbursement.SeatAmount> seats = jdbc.sql("""
                select * from claim_seat where claim_id = :id order by enrolment_id
                """)
                .param("id", id)
                .query((r, n) -> new Reimbursement.SeatAmount(
                        r.getObject("enrolment_id", UUID.class),
                        r.getObject("staff_id", UUID.class),
                        r.getBigDecimal("attended_hours").stripTrailingZeros(),
                        Fraction.parse(r.getString("exact_fraction"))))
                .list();
        List<ExcludedSeat> excluded = jdbc.sql("""
                select * from claim_excluded_seat where claim_id = :id order by enrolment_id
                """)
                .param("id", id)
                .query((r, n) -> new ExcludedSeat(
                        r.getObject("enrolment_id", UUID.class),
                        r.getObject("staff_id", UUID.class),
                        r.getString("reason")))
                .list();
        List<ClaimPayment> payments = jdbc
                .sql("""
                select * from claim_payment where claim_id = :id
                """)
                .param("id", id)
                .query((r, n) -> new ClaimPayment(
                        Milestone.valueOf(r.getString("milestone")),
                        Money.of(r.getLong("amount_minor"), currency),
                        ClaimPayment.Status.valueOf(r.getString("status")),
                        r.getObject("disbursement_id", UUID.class),
                        r.getObject("paid_on", LocalDate.class)))
                .list()
                .stream()
                .sorted(Comparator.comparing(ClaimPayment::milestone))
                .toList();
        List<WorkplaceHours.Line> lines = jdbc.sql("""
                select * from claim_workplace_line l
                join fact_workplace_learning f on f.learning_id = l.learning_id and f.staff_id = l.staff_id
                where l.claim_id = :id order by f.signed_off_on, l.learning_id, l.staff_id
                """)
                .param("id", id)
                .query((r, n) -> new WorkplaceHours.Line(
                        r.getObject("learning_id", UUID.class),
                        WorkplaceLearningKind.valueOf(r.getString("kind")),
                        r.getObject("staff_id", UUID.class),
                        WorkplaceHours.plainHours(r.getBigDecimal("logged_hours")),
                        WorkplaceHours.plainHours(r.getBigDecimal("hours")),
                        r.getLong("amount_minor")))
                .list();
        List<ExcludedLearning> excludedLearning = jdbc.sql("""
                select * from claim_excluded_learning where claim_id = :id order by learning_id, staff_id
                """)
                .param("id", id)
                .query((r, n) -> new ExcludedLearning(
                        r.getObject("learning_id", UUID.class),
                        r.getObject("staff_id", UUID.class),
                        r.getString("reason")))
                .list();
        LocalDate windowOpensOn = rs.getObject("window_opens_on", LocalDate.class);
        return new Claim(
                id,
                rs.getObject("award_id", UUID.class),
                rs.getObject("programme_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getObject("cohort_id", UUID.class),
                Money.of(rs.getLong("claimed_minor"), currency),
                approved == null ? null : Money.of(approved, currency),
                ClaimStatus.valueOf(rs.getString("status")),
                rs.getString("decision_note"),
                seats,
                excluded,
                windowOpensOn == null
                        ? null
                        : new ClaimWindow(windowOpensOn, rs.getObject("window_closes_on", LocalDate.class)),
                payments,
                lines,
                excludedLearning,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
