package org.skillalliance.reporting.benchmark;

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

/** {@code GET /api/reports/alliances/{id}/employers/{employerId}/benchmark}: JSON, or CSV on {@code Accept: text/csv}. */
@RestController
class EmployerBenchmarkController {

    private final EmployerBenchmarks benchmarks;
    private final JsonMapper mapper;

    EmployerBenchmarkController(EmployerBenchmarks benchmarks, JsonMapper mapper) {
        this.benchmarks = benchmarks;
        this.mapper = mapper;
    }

    @GetMapping(
            path = "/api/reports/alliances/{allianceId}/employers/{employerId}/benchmark",
            produces = {MediaType.APPLICATION_JSON_VALUE, ReportResponses.REPORT_V1_JSON})
    @Operation(summary = "An employer's benchmark against the alliance, as JSON or CSV")
    ResponseEntity<EmployerBenchmark> benchmark(@PathVariable UUID allianceId, @PathVariable UUID employerId) {
        return ReportResponses.json(
                benchmarks.benchmark(Caller.current(), allianceId, employerId), EmployerBenchmark::currentAsOf);
    }

    @GetMapping(path = "/api/reports/alliances/{allianceId}/employers/{employerId}/benchmark", produces = "text/csv")
    @Operation(summary = "An employer's benchmark against the alliance, as JSON or CSV")
    ResponseEntity<String> benchmarkCsv(@PathVariable UUID allianceId, @PathVariable UUID employerId) {
        EmployerBenchmark benchmark = benchmarks.benchmark(Caller.current(), allianceId, employerId);
        return ReportResponses.withCaching(
                CsvReport.render(mapper, benchmark)
                        .attachment("employer-benchmark-" + employerId + "-in-alliance-" + allianceId),
                benchmark.currentAsOf());
    }
}
