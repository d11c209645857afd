package org.skillalliance.funding.claim;

import java.util.List;
import java.util.UUID;

/** Every requirement of the claim's programme, in the programme's order, with the claim's report for it. */
public record ClaimReportsResponse(UUID claimId, List<ClaimReportResponse> reports) {}
