package org.skillalliance.funding.ledger;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.funding.money.Money;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger: appends entries inside the transaction of the change that moves the money, and sums them. It offers no
 * way to change or remove an entry.
 */
@Component
public class Ledger {

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a money movement; must run inside the transaction of the business change. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(LedgerEntry entry) {
        jdbc.sql("""
                insert into ledger_entry (entry_id, entry_type, amount_minor, currency, occurred_on, recorded_at,
                    programme_id, award_id, claim_id, employer_id, cohort_id, reference, milestone)
                values (:entryId, :type, :amount, :currency, :occurredOn, :recordedAt, :programmeId, :awardId,
                    :claimId, :employerId, :cohortId, :reference, :milestone)
                """)
                .param("entryId", entry.entryId())
                .param("type", entry.type().name())
                .param("amount", entry.amount().amountMinor())
                .param("currency", entry.amount().currency())
                .param("occurredOn", Date.valueOf(entry.occurredOn()))
                .param("recordedAt", Timestamp.from(entry.recordedAt()))
                .param("programmeId", entry.programmeId())
                .param("awardId", entry.awardId())
                .param("claimId", entry.claimId())
                .param("employerId", entry.employerId())
                .param("cohortId", entry.cohortId())
                .param("reference", entry.reference())
                .param("milestone", entry.milestone())
                .update();
    }

    /** The sum of the selected entries in {@code currency} (zero when there are none). */
    public Money sum(LedgerFilter filter, String currency) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        params.put("currency", currency);
        long sum = jdbc.sql("select coalesce(sum(amount_minor), 0) from ledger_entry" + where
                        + (where.isEmpty() ? " where" : " and") + " currency = :currency")
                .params(params)
                .query(Long.class)
                .single();
        return Money.of(sum, currency);
    }

    /** Sums of the selected entries per type and currency. */
    public List<Total> totals(LedgerFilter filter) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select entry_type, currency, sum(amount_minor) as total, count(*) as entries from ledger_entry"
                        + where(filter, params) + " group by entry_type, currency order by currency, entry_type")
                .params(params)
                .query((rs, n) -> new Total(
                        EntryType.valueOf(rs.getString("entry_type")),
                        Money.of(rs.getLong("total"), rs.getString("currency").trim()),
                        rs.getLong("entries")))
                .list();
    }

    /**
     * One page of the selected entries as the caller may read them: all of them for an admin, the entries of its own
     * programmes for a funder (a filter naming another funder's programme finds nothing).
     *
     * @throws ApiException.Forbidden for every role but {@code funder} (and admins)
     */
    @Transactional(readOnly = true)
    public PageResponse<LedgerEntry> list(Caller caller, LedgerFilter filter, PageQuery page) {
        caller.requireAnyRole("read the ledger", Role.FUNDER);
        return list(caller.isAdmin() ? filter : filter.ofFunder(caller.listScope()), page);
    }

    /** One page of the selected entries, in the order they were recorded. */
    @Transactional(readOnly = true)
    public PageResponse<LedgerEntry> list(LedgerFilter filter, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        long count = jdbc.sql("select count(*) from ledger_entry" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", page.size());
        params.put("offset", page.offset());
        List<LedgerEntry> entries = jdbc.sql(
                        "select * from ledger_entry" + where + " order by id limit :limit offset :offset")
                .params(params)
                .query(Ledger::map)
                .list();
        return PageResponse.of(entries, page, count);
    }

    /** A sum of one type of entry in one currency. */
    public record Total(EntryType type, Money amount, long entries) {}

    private static String where(LedgerFilter f, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        add(
                conditions,
                params,
                "entry_type",
                "type",
                f.type() == null ? null : f.type().name());
        add(conditions, params, "programme_id", "programmeId", f.programmeId());
        add(conditions, params, "award_id", "awardId", f.awardId());
        add(conditions, params, "claim_id", "claimId", f.claimId());
        add(conditions, params, "employer_id", "employerId", f.employerId());
        add(conditions, params, "cohort_id", "cohortId", f.cohortId());
        if (f.from() != null) {
            conditions.add("occurred_on >= :from");
            params.put("from", Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            conditions.add("occurred_on <= :to");
            params.put("to", Date.valueOf(f.to()));
        }
        if (f.funderId() != null) {
            conditions.add("programme_id in (select id from programme where funder_id = :funderId)");
            params.put("funderId", f.funderId());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void add(
            List<String> conditions, Map<String, Object> params, String column, String name, Object value) {
        if (value != null) {
            conditions.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    private static LedgerEntry map(ResultSet rs, int n) throws SQLException {
        return new LedgerEntry(
                rs.getObject("entry_id", UUID.class),
                EntryType.valueOf(rs.getString("entry_type")),
                Money.of(rs.getLong("amount_minor"), rs.getString("currency").trim()),
                rs.getObject("occurred_on", LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant(),
                rs.getObject("programme_id", UUID.class),
                rs.getObject("award_id", UUID.class),
                rs.getObject("claim_id", UUID.class),
                rs.getObject("employer_id", UUID.class),
                rs.getObject("cohort_id", UUID.class),
                rs.getString("reference"),
                milestone(rs));
    }

    /**
     * A disbursement recorded before milestones existed has none in its (append-only) row: it paid the whole claim at
     * completion, as the events and reporting read it too.
     */
    private static String milestone(ResultSet rs) throws SQLException {
        String milestone = rs.getString("milestone");
        return milestone == null && EntryType.DISBURSEMENT_PAID.name().equals(rs.getString("entry_type"))
                ? "COMPLETION"
                : milestone;
    }
}
