package org.skillalliance.funding.claim;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The funder acts on a claim: approve, reject (with a note), or pay ({@code paidOn} defaults to today).
 */
public record ClaimDecision(
        @NotNull UUID funderId, @Size(max = 2000) String note, LocalDate paidOn) {}
