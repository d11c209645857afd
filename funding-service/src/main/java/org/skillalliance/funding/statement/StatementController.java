package org.skillalliance.funding.statement;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.funding.ledger.EntryType;
import org.skillalliance.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/statements?employerId=&from=&to=}: an employer's statement for a period (dates inclusive). */
@RestController
@RequestMapping("/api/statements")
class StatementController {

    /** The statement: one total per currency and the ledger lines behind it. */
    record StatementResponse(
            UUID employerId, LocalDate from, LocalDate to, List<TotalsView> totals, List<Line> lines) {}

    /** Sums in one currency, minor units: charged - offsets = net payable; approved but not yet paid is pending. */
    record TotalsView(
            String currency,
            long sharesChargedMinor,
            long grantOffsetsMinor,
            long netPayableMinor,
            long approvedNotPaidMinor) {}

    /** A ledger entry on the statement. */
    record Line(
            UUID entryId,
            EntryType type,
            LocalDate occurredOn,
            long amountMinor,
            String currency,
            UUID cohortId,
            UUID programmeId,
            UUID awardId,
            UUID claimId,
            String reference,
            Instant recordedAt) {}

    private final Statements statements;

    StatementController(Statements statements) {
        this.statements = statements;
    }

    @GetMapping
    @Operation(summary = "An employer's funding statement for a period")
    StatementResponse statement(
            @RequestParam UUID employerId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Statements.Statement s = statements.of(Caller.current(), employerId, from, to);
        return new StatementResponse(
                s.employerId(),
                s.from(),
                s.to(),
                s.totals().stream()
                        .map(t -> new TotalsView(
                                t.sharesCharged().currency(),
                                t.sharesCharged().amountMinor(),
                                t.grantOffsets().amountMinor(),
                                t.netPayableMinor(),
                                t.approvedNotPaid().amountMinor()))
                        .toList(),
                s.entries().stream()
                        .map(e -> new Line(
                                e.entryId(),
                                e.type(),
                                e.occurredOn(),
                                e.amount().amountMinor(),
                                e.amount().currency(),
                                e.cohortId(),
                                e.programmeId(),
                                e.awardId(),
                                e.claimId(),
                                e.reference(),
                                e.recordedAt()))
                        .toList());
    }
}
