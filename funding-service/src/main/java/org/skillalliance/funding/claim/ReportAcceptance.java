package org.skillalliance.funding.claim;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The funder accepts a submitted report: it stops blocking the payment it gates. */
public record ReportAcceptance(@NotNull UUID funderId) {}
