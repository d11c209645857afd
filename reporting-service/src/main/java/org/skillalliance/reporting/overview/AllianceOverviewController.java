package org.skillalliance.reporting.overview;

import io.swagger.v3.oas.annotations.Operation;
import java.util.UUID;
import org.skillalliance.reporting.infrastructure.CsvReport;
import org.skillalliance.reporting.infrastructure.ReportResponses;
import org.skillalliance.security.Caller;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** {@code GET /api/reports/alliances/{id}/overview}: JSON, or CSV on {@code Accept: text/csv}. */
@RestController
class AllianceOverviewController {

    private final AllianceOverviews overviews;
    private final JsonMapper mapper;

    AllianceOverviewController(AllianceOverviews overviews, JsonMapper mapper) {
        this.overviews = overviews;
        this.mapper = mapper;
    }

    @GetMapping(
            path = "/api/reports/alliances/{allianceId}/overview",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportResponses.REPORT_V1_JSON})
    @Operation(summary = "An alliance's overview, as JSON or CSV")
    ResponseEntity<AllianceOverview> overview(@PathVariable UUID allianceId) {
        return ReportResponses.json(overviews.overview(Caller.current(), allianceId), AllianceOverview::currentAsOf);
    }

    @GetMapping(path = "/api/reports/alliances/{allianceId}/overview", produces = "text/csv")
    @Operation(summary = "An alliance's overview, as JSON or CSV")
    ResponseEntity<String> overviewCsv(@PathVariable UUID allianceId) {
        AllianceOverview overview = overviews.overview(Caller.current(), allianceId);
        return ReportResponses.withCaching(
                CsvReport.render(mapper, overview).attachment("alliance-overview-" + allianceId),
                overview.currentAsOf());
    }
}
