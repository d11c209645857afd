package org.skillalliance.funding.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.skillalliance.funding.ledger.EntryType;
import org.skillalliance.funding.ledger.Ledger;
import org.skillalliance.funding.ledger.LedgerEntry;
import org.skillalliance.funding.ledger.LedgerFilter;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Member statements, derived from the ledger alone. */
@Service
public class Statements {

    /** An employer's statement for a period: totals per currency and the ledger entries behind them. */
    public record Statement(
            UUID employerId, LocalDate from, LocalDate to, List<Totals> totals, List<LedgerEntry> entries) {}

    /**
     * Sums in one currency: shares charged minus grant offsets (disbursements paid) = net payable; approved claims
     * not yet paid at the end of the period are pending and not deducted.
     */
    public record Totals(Money sharesCharged, Money grantOffsets, long netPayableMinor, Money approvedNotPaid) {}

    private static final int PAGE = PageQuery.MAX_SIZE;

    private final Ledger ledger;

    Statements(Ledger ledger) {
        this.ledger = ledger;
    }

    /**
     * The employer's statement for {@code from} to {@code to} (inclusive), by the ledger entries' business dates.
     *
     * @throws ApiException.Forbidden         for every role but {@code member-admin} (and admins)
     * @throws ApiException.NotFound     for another employer's statement
     * @throws RuleBroken                when {@code to} is before {@code from}
     */
    @Transactional(readOnly = true)
    public Statement of(Caller caller, UUID employerId, LocalDate from, LocalDate to) {
        caller.requireAnyRole("read member statements", Role.MEMBER_ADMIN);
        if (!caller.actsFor(employerId)) {
            throw new ApiException.NotFound("statement of employer", employerId);
        }
        if (to.isBefore(from)) {
            throw RuleBroken.invalid("to", "must not be before from " + from);
        }
        LedgerFilter period = LedgerFilter.ofType(null).employer(employerId).between(from, to);
        Map<String, long[]> sums = new TreeMap<>();
        for (Ledger.Total total : ledger.totals(period)) {
            long[] s = sums.computeIfAbsent(total.amount().currency(), c -> new long[2]);
            if (total.type() == EntryType.SHARE_CHARGED) {
                s[0] = Math.addExact(s[0], total.amount().amountMinor());
            } else if (total.type() == EntryType.DISBURSEMENT_PAID) {
                s[1] = Math.addExact(s[1], total.amount().amountMinor());
            }
        }
        List<Totals> totals = new ArrayList<>();
        sums.forEach((currency, s) -> {
            // pending at the end of the period: every claim approved up to then, less every payment up to then
            Money approved = ledger.sum(
                    LedgerFilter.ofType(EntryType.CLAIM_APPROVED)
                            .employer(employerId)
                            .between(null, to),
                    currency);
            Money paid = ledger.sum(
                    LedgerFilter.ofType(EntryType.DISBURSEMENT_PAID)
                            .employer(employerId)
                            .between(null, to),
                    currency);
            totals.add(new Totals(
                    Money.of(s[0], currency),
                    Money.of(s[1], currency),
                    Math.subtractExact(s[0], s[1]),
                    approved.minus(paid)));
        });
        List<LedgerEntry> entries = new ArrayList<>();
        int page = 0;
        PageResponse<LedgerEntry> batch;
        do {
            batch = ledger.list(period, new PageQuery(page++, PAGE));
            batch.items().stream()
                    .filter(e -> e.type() != EntryType.GRANT_COMMITTED)
                    .forEach(entries::add);
        } while (page < batch.totalPages());
        return new Statement(employerId, from, to, totals, entries);
    }
}
