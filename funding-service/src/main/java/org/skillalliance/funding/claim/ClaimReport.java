package org.skillalliance.funding.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Entity;
import org.skillalliance.funding.programme.Requirement;
import org.skillalliance.funding.shared.IllegalTransition;

/**
 * The employer's report for one requirement of its claim's programme (docs/funding.md "Reports that gate payments"):
 * submitted, then accepted or rejected by the funder; a rejected or undecided report is submitted again with a new
 * text, an accepted one is final. A requirement with no report yet is {@link ReportState#DUE}.
 */
@Entity
public final class ClaimReport {

    private final UUID claimId;
    private final String requirementKey;
    private ReportState state;
    private String summary;
    private Instant submittedAt;
    private Instant decidedAt;
    private String decisionNote;

    ClaimReport(
            UUID claimId,
            String requirementKey,
            ReportState state,
            String summary,
            Instant submittedAt,
            Instant decidedAt,
            String decisionNote) {
        this.claimId = Objects.requireNonNull(claimId, "claimId");
        this.requirementKey = Objects.requireNonNull(requirementKey, "requirementKey");
        this.state = Objects.requireNonNull(state, "state");
        this.summary = summary;
        this.submittedAt = submittedAt;
        this.decidedAt = decidedAt;
        this.decisionNote = decisionNote;
    }

    /** A requirement of the claim's programme for which nothing was submitted yet. */
    static ClaimReport due(UUID claimId, String requirementKey) {
        return new ClaimReport(claimId, requirementKey, ReportState.DUE, null, null, null, null);
    }

    /**
     * The employer submits the report, or submits it again after a rejection or before the funder decided: the new
     * text replaces the old one and the report awaits the funder.
     */
    void submit(String text, Instant now) {
        require(state != ReportState.ACCEPTED, "submit");
        summary = text;
        state = ReportState.SUBMITTED;
        submittedAt = now;
        decidedAt = null;
        decisionNote = null;
    }

    void accept(Instant now) {
        require(state == ReportState.SUBMITTED, "accept");
        state = ReportState.ACCEPTED;
        decidedAt = now;
    }

    void reject(String note, Instant now) {
        require(state == ReportState.SUBMITTED, "reject");
        state = ReportState.REJECTED;
        decidedAt = now;
        decisionNote = note;
    }

    /**
     * Why this report, unless accepted, blocks a payment the requirement gates, e.g. "requirement 'progress-report'
     * (PROGRESS_REPORT, due before the COMPLETION payment) is not accepted: submitted 2026-06-01, awaiting the
     * funder"; empty once accepted.
     */
    Optional<String> blockingReason(Requirement requirement) {
        String why = switch (state) {
            case DUE -> "not submitted yet";
            case SUBMITTED -> "submitted " + day(submittedAt) + ", awaiting the funder";
            case REJECTED ->
                "rejected " + day(decidedAt) + " (" + decisionNote + "), awaiting the employer's new report";
            case ACCEPTED -> null;
        };
        return Optional.ofNullable(why)
                .map(reason -> "requirement '" + requirement.key() + "' (" + requirement.kind() + ", "
                        + requirement.due() + ") is not accepted: " + reason);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalTransition("claim report", claimId + "/" + requirementKey, state, action);
        }
    }

    public UUID claimId() {
        return claimId;
    }

    public String requirementKey() {
        return requirementKey;
    }

    public ReportState state() {
        return state;
    }

    public String summary() {
        return summary;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }
}
