package org.skillalliance.reporting.impact;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.UUID;
import org.skillalliance.reporting.infrastructure.CsvReport;
import org.skillalliance.reporting.infrastructure.ReportResponses;
import org.skillalliance.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/reports/programmes/{id}/impact?from=&to=&sizeBand=&sector=&region=}: JSON, or CSV on
 * {@code Accept: text/csv}. Any other parameter is refused (web-support's StrictQueryParameters), as is a size band
 * that is none.
 */
@RestController
class ImpactReportController {

    private final ImpactReports reports;
    private final JsonMapper mapper;

    ImpactReportController(ImpactReports reports, JsonMapper mapper) {
        this.reports = reports;
        this.mapper = mapper;
    }

    @GetMapping(
            path = "/api/reports/programmes/{programmeId}/impact",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportResponses.REPORT_V1_JSON})
    @Operation(summary = "A programme's impact report, as JSON or CSV")
    ResponseEntity<ImpactReport> impact(
            @PathVariable UUID programmeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) SizeBand sizeBand,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region) {
        return ReportResponses.json(
                reports.report(Caller.current(), programmeId, new ImpactFilter(from, to, sizeBand, sector, region)),
                ImpactReport::currentAsOf);
    }

    @GetMapping(path = "/api/reports/programmes/{programmeId}/impact", produces = "text/csv")
    @Operation(summary = "A programme's impact report, as JSON or CSV")
    ResponseEntity<String> impactCsv(
            @PathVariable UUID programmeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) SizeBand sizeBand,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) String region) {
        ImpactReport report =
                reports.report(Caller.current(), programmeId, new ImpactFilter(from, to, sizeBand, sector, region));
        return ReportResponses.withCaching(
                CsvReport.render(mapper, report).attachment("impact-report-" + programmeId), report.currentAsOf());
    }
}
