package org.skillalliance.funding.programme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.funding.money.Money;
import org.skillalliance.funding.shared.IllegalTransition;
import org.skillalliance.funding.shared.SizeBand;

/** A funder's grant programme; its transitions guard the lifecycle and return the events they raise. */
@AggregateRoot
public final class GrantProgramme {

    private final UUID id;
    private final UUID funderId;
    private String name;
    private Money budget;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private Eligibility eligibility;
    private Map<SizeBand, BandRule> bandRules;
    private Long capPerParticipantMinor;
    private Long capPerEmployerMinor;
    private int suppressionK;
    private SchemeRules schemeRules;
    private ProgrammeStatus status;
    private final Instant createdAt;
    private Instant updatedAt;

    GrantProgramme(
            UUID id,
            UUID funderId,
            String name,
            Money budget,
            LocalDate periodStart,
            LocalDate periodEnd,
            Eligibility eligibility,
            List<BandRule> bandRules,
            Long capPerParticipantMinor,
            Long capPerEmployerMinor,
            int suppressionK,
            SchemeRules schemeRules,
            ProgrammeStatus status,
            Instant createdAt,
            Instant updatedAt) {
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        this.id = id;
        this.funderId = funderId;
        this.name = name;
        this.budget = budget;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.eligibility = eligibility;
        this.bandRules =
                bandRules.stream().collect(Collectors.toUnmodifiableMap(BandRule::sizeBand, Function.identity()));
        this.capPerParticipantMinor = capPerParticipantMinor;
        this.capPerEmployerMinor = capPerEmployerMinor;
        this.suppressionK = suppressionK;
        this.schemeRules = schemeRules;
        this.status = status;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static GrantProgramme draft(UUID funderId, ProgrammeTerms terms, Instant now) {
        return new GrantProgramme(
                UUID.randomUUID(),
                funderId,
                terms.name(),
                terms.budget(),
                terms.periodStart(),
                terms.periodEnd(),
                terms.eligibility(),
                terms.bandRules(),
                terms.capPerParticipantMinor(),
                terms.capPerEmployerMinor(),
                terms.suppressionK(),
                terms.schemeRules(),
                ProgrammeStatus.DRAFT,
                now,
                now);
    }

    /** Rewrites the terms of a draft. */
    void revise(ProgrammeTerms terms, Instant now) {
        require(status == ProgrammeStatus.DRAFT, "revise");
        name = terms.name();
        budget = terms.budget();
        periodStart = terms.periodStart();
        periodEnd = terms.periodEnd();
        eligibility = terms.eligibility();
        bandRules = terms.bandRules().stream()
                .collect(Collectors.toUnmodifiableMap(BandRule::sizeBand, Function.identity()));
        capPerParticipantMinor = terms.capPerParticipantMinor();
        capPerEmployerMinor = terms.capPerEmployerMinor();
        suppressionK = terms.suppressionK();
        schemeRules = terms.schemeRules();
        updatedAt = now;
    }

    ProgrammeEvent.Opened open(Instant now) {
        require(status == ProgrammeStatus.DRAFT, "open");
        status = ProgrammeStatus.OPEN;
        updatedAt = now;
        return new ProgrammeEvent.Opened(this);
    }

    ProgrammeEvent.Closed close(Instant now) {
        require(status == ProgrammeStatus.OPEN, "close");
        status = ProgrammeStatus.CLOSED;
        updatedAt = now;
        return new ProgrammeEvent.Closed(this);
    }

    /** Refuses an action that needs the programme open (applications, awards, claims). */
    public void requireOpen(String action) {
        require(status == ProgrammeStatus.OPEN, action);
    }

    /** The terms for employers of {@code band}; empty when the programme reimburses nothing to that band. */
    public Optional<BandRule> ruleFor(SizeBand band) {
        return Optional.ofNullable(band == null ? null : bandRules.get(band));
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransition("programme", id, status, action);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID funderId() {
        return funderId;
    }

    public String name() {
        return name;
    }

    public Money budget() {
        return budget;
    }

    public String currency() {
        return budget.currency();
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    public List<BandRule> bandRules() {
        return bandRules.values().stream()
                .sorted(java.util.Comparator.comparing(BandRule::sizeBand))
                .toList();
    }

    public Long capPerParticipantMinor() {
        return capPerParticipantMinor;
    }

    public Long capPerEmployerMinor() {
        return capPerEmployerMinor;
    }

    public int suppressionK() {
        return suppressionK;
    }

    /** The scheme's rules (plans, hours, attendance, claim window, milestones, requirements); {@link SchemeRules#NONE} for none. */
    public SchemeRules schemeRules() {
        return schemeRules;
    }

    public ProgrammeStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
