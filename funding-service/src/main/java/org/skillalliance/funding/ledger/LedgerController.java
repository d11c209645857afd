package org.skillalliance.funding.ledger;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/ledger}: read-only, paginated, filtered view of the ledger, oldest entry first. */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    /** A ledger entry as the API shows it. */
    record LedgerEntryResponse(
            UUID entryId,
            EntryType type,
            long amountMinor,
            String currency,
            LocalDate occurredOn,
            Instant recordedAt,
            UUID programmeId,
            UUID awardId,
            UUID claimId,
            UUID employerId,
            UUID cohortId,
            String reference,
            String milestone) {

        static LedgerEntryResponse of(LedgerEntry e) {
            return new LedgerEntryResponse(
                    e.entryId(),
                    e.type(),
                    e.amount().amountMinor(),
                    e.amount().currency(),
                    e.occurredOn(),
                    e.recordedAt(),
                    e.programmeId(),
                    e.awardId(),
                    e.claimId(),
                    e.employerId(),
                    e.cohortId(),
                    e.reference(),
                    e.milestone());
        }
    }

    private final Ledger ledger;

    LedgerController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(summary = "Ledger entries, optionally of one type, programme or award")
    PageResponse<LedgerEntryResponse> list(
            @RequestParam(required = false) EntryType type,
            @RequestParam(required = false) UUID programmeId,
            @RequestParam(required = false) UUID awardId,
            @RequestParam(required = false) UUID claimId,
            @RequestParam(required = false) UUID employerId,
            @RequestParam(required = false) UUID cohortId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        LedgerFilter filter = new LedgerFilter(type, programmeId, awardId, claimId, employerId, cohortId, from, to);
        return ledger.list(Caller.current(), filter, PageQuery.of(page, size)).map(LedgerEntryResponse::of);
    }
}
