package org.skillalliance.funding.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The funder rejects a submitted report, saying why in {@code note}, which the employer sees. */
public record ReportRejection(
        @NotNull UUID funderId, @NotBlank @Size(max = 2000) String note) {}
