package org.skillalliance.funding.allocation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.IllegalTransition;

/**
 * How one cohort's cost is shared: the chosen terms, and once the cohort has started the fixed shares. Shares are
 * provisional (recomputed from the current seats on every read) until {@link #fix} freezes them; after that the
 * terms can no longer change.
 */
@AggregateRoot
public final class CohortCostSharing {

    /** Provisional while the cohort has not started; fixed from its start. */
    public enum Status {
        PROVISIONAL,
        FIXED
    }

    private final UUID cohortId;
    private SharingTerms terms;
    private UUID chosenBy;
    private Status status;
    private Instant fixedAt;
    private Money total;
    private List<ShareLine> fixedShares;

    CohortCostSharing(
            UUID cohortId,
            SharingTerms terms,
            UUID chosenBy,
            Status status,
            Instant fixedAt,
            Money total,
            List<ShareLine> fixedShares) {
        this.cohortId = cohortId;
        this.terms = terms;
        this.chosenBy = chosenBy;
        this.status = status;
        this.fixedAt = fixedAt;
        this.total = total;
        this.fixedShares = List.copyOf(fixedShares);
    }

    /** A cohort nobody chose a rule for yet: per seat. */
    static CohortCostSharing byDefault(UUID cohortId) {
        return new CohortCostSharing(cohortId, SharingTerms.DEFAULT, null, Status.PROVISIONAL, null, null, List.of());
    }

    /** The coordinator chooses the rule; refused once the shares are fixed. */
    void choose(SharingTerms newTerms, UUID coordinatorId) {
        if (status == Status.FIXED) {
            throw new IllegalTransition("cost sharing of cohort", cohortId, status, "change the rule");
        }
        terms = newTerms;
        chosenBy = coordinatorId;
    }

    /** Shares the cost over the final seats and freezes the result; returns the event to publish. */
    CostSharingEvent.Fixed fix(Money cohortTotal, List<Participant> seats, Instant now) {
        if (status == Status.FIXED) {
            throw new IllegalTransition("cost sharing of cohort", cohortId, status, "fix");
        }
        fixedShares = terms.split(cohortTotal.amountMinor(), seats);
        total = fixedShares.isEmpty() ? Money.zero(cohortTotal.currency()) : cohortTotal;
        status = Status.FIXED;
        fixedAt = now;
        return new CostSharingEvent.Fixed(this);
    }

    public UUID cohortId() {
        return cohortId;
    }

    public SharingTerms terms() {
        return terms;
    }

    public UUID chosenBy() {
        return chosenBy;
    }

    public Status status() {
        return status;
    }

    public Instant fixedAt() {
        return fixedAt;
    }

    public Money total() {
        return total;
    }

    public List<ShareLine> fixedShares() {
        return fixedShares;
    }
}
