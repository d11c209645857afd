package org.skillalliance.reporting.evaluation;

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

/**
 * {@code GET /api/reports/employers/{employerId}/roi}: JSON (also as the versioned report media type), or CSV on
 * {@code Accept: text/csv}; with the caching headers of every report (ReportResponses).
 */
@RestController
class EmployerRoiController {

    private final Evaluations evaluations;
    private final JsonMapper mapper;

    EmployerRoiController(Evaluations evaluations, JsonMapper mapper) {
        this.evaluations = evaluations;
        this.mapper = mapper;
    }

    @GetMapping(
            path = "/api/reports/employers/{employerId}/roi",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportResponses.REPORT_V1_JSON})
    @Operation(summary = "An employer's own ROI per cohort its staff attended, as JSON or CSV")
    ResponseEntity<EmployerRoi> roi(@PathVariable UUID employerId) {
        return ReportResponses.json(evaluations.ofEmployer(Caller.current(), employerId), EmployerRoi::currentAsOf);
    }

    @GetMapping(path = "/api/reports/employers/{employerId}/roi", produces = "text/csv")
    @Operation(summary = "An employer's own ROI per cohort its staff attended, as JSON or CSV")
    ResponseEntity<String> roiCsv(@PathVariable UUID employerId) {
        EmployerRoi roi = evaluations.ofEmployer(Caller.current(), employerId);
        return ReportResponses.withCaching(
                CsvReport.render(mapper, roi).attachment("employer-roi-" + employerId), roi.currentAsOf());
    }
}
