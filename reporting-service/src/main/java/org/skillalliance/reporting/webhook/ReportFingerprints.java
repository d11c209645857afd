package org.skillalliance.reporting.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skillalliance.reporting.impact.ImpactFilter;
import org.skillalliance.reporting.impact.ImpactReports;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fingerprint of a programme's impact report (the whole programme, no filters): a SHA-256 of its JSON without
 * {@code currentAsOf}, which moves with every event applied, so the fingerprint changes exactly when a figure does.
 */
@Component
class ReportFingerprints {

    /** Reads reports for webhooks, as no person: the report's figures go nowhere, only their fingerprint. */
    private static final Caller WEBHOOKS = new Caller("reporting-service.webhooks", null, Set.of(Role.ALLIANCE_ADMIN));

    private final ImpactReports reports;
    private final JsonMapper mapper;

    ReportFingerprints(ImpactReports reports, JsonMapper mapper) {
        this.reports = reports;
        this.mapper = mapper;
    }

    /** The fingerprint of the programme's report, or empty while the programme is not known. */
    Optional<String> of(UUID programmeId) {
        ObjectNode report;
        try {
            report = mapper.valueToTree(
                    reports.report(WEBHOOKS, programmeId, new ImpactFilter(null, null, null, null, null)));
        } catch (ApiException.NotFound unknown) {
            return Optional.empty();
        }
        report.remove("currentAsOf");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(report).getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(hash));
        } catch (NoSuchAlgorithmException noSha256) {
            throw new IllegalStateException("SHA-256 is part of every JDK", noSha256);
        }
    }
}
