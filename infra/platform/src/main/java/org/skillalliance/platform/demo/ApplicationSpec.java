package org.skillalliance.platform.demo;

import java.util.UUID;

/**
 * A grant application ({@code POST /api/applications}): an association for a whole cohort, an employer for its own
 * seats (optionally in one cohort). The period defaults to the programme's.
 *
 * @param applicantKind EMPLOYER or ASSOCIATION
 */
public record ApplicationSpec(
        UUID programmeId,
        UUID applicantId,
        String applicantKind,
        UUID cohortId,
        long requestedMinor,
        String currency) {}
