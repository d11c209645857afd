package org.skillalliance.funding.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The employer's report for a requirement of its claim's programme; submitting again (after a rejection, or before
 * the funder decided) replaces the text.
 */
public record ReportSubmission(
        @NotNull UUID employerId,
        @NotBlank @Size(max = 60) String requirementKey,
        @NotBlank @Size(max = 4000) String summary) {}
