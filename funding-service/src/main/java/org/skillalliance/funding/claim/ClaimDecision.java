package org.skillalliance.funding.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.funding.programme.Milestone;

/**
 * The funder acts on a claim: approve, reject (with a note), or pay ({@code paidOn} defaults to today; {@code
 * milestone}, if given, must be the next payment due: a check that the funder pays what it means to).
 */
public record ClaimDecision(
        @NotNull UUID funderId, @Size(max = 2000) String note, LocalDate paidOn, Milestone milestone) {}
