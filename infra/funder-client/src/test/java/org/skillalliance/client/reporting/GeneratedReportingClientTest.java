package org.skillalliance.client.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.client.reporting.model.Cell;
import org.skillalliance.client.reporting.model.ImpactReport;

/**
 * The client generated from docs/openapi/reporting-service.json reads an impact report into typed objects, with the
 * mapper its {@link ApiClient} uses. The sample is the report HistoryImportIT (infra/system-tests) works out by hand
 * for two imported cohorts.
 */
class GeneratedReportingClientTest {

    private final ObjectMapper json = ApiClient.createDefaultObjectMapper();

    @Test
    void readsAnImpactReportIntoTypedFigures() throws IOException {
        ImpactReport report = json.readValue(sample(), ImpactReport.class);

        assertThat(report.getProgrammeId()).isEqualTo(UUID.fromString("5b0f6f0e-3c1a-4d7e-9a51-1d2c3e4f5a6b"));
        assertThat(report.getProgrammeName()).isEqualTo("Tooling fund 2025");
        assertThat(report.getCurrency()).isEqualTo("EUR");
        assertThat(report.getFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(report.getTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(report.getCurrentAsOf())
                .isEqualTo(OffsetDateTime.of(2026, 12, 7, 8, 41, 12, 345_678_000, ZoneOffset.UTC));
        assertThat(report.getSuppressionK()).isEqualTo(3);
        assertThat(report.getParticipants()).isEqualTo(5L);
        assertThat(report.getEnrolments()).isEqualTo(6L);
        assertThat(report.getCompletions()).isEqualTo(4L);
        assertThat(report.getCompletionRate()).isEqualByComparingTo("0.6667");
        assertThat(report.getTrainingHours()).isEqualTo(new BigDecimal("76.50"));
        assertThat(report.getGrantDisbursedMinor()).isEqualTo(540_250L);
        assertThat(report.getDisbursedByMilestone()).containsEntry("COMPLETION", 540_250L);
        assertThat(report.getLeverage()).isEqualByComparingTo("0.6659");
        assertThat(report.getRetentionAsOf()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(report.getRetention6Months().getMeasured()).isEqualTo(4L);
        assertThat(report.getRetention12Months().getRate()).isEqualByComparingTo("1");
        assertThat(report.getFilters().getSizeBand()).isNull();
    }

    @Test
    void readsBreakdownCellsWithSuppressedOnesEmpty() throws IOException {
        ImpactReport report = json.readValue(sample(), ImpactReport.class);

        Cell small = report.getBreakdowns().get("sizeBand").get("SMALL");
        assertThat(small.getSuppressed()).isFalse();
        assertThat(small.getParticipants()).isEqualTo(3L);
        assertThat(small.getCompletionRate()).isEqualByComparingTo("0.6667");
        Cell micro = report.getBreakdowns().get("sizeBand").get("MICRO");
        assertThat(micro.getSuppressed()).isTrue();
        assertThat(micro.getParticipants()).isNull();
        assertThat(report.getBreakdowns().get("course").get("CNC-100").getEnrolments())
                .isEqualTo(6L);
    }

    @Test
    void readsAReportWithFiguresAddedAfterTheClientWasGenerated() throws IOException {
        ObjectNode later = (ObjectNode) json.readTree(sample());
        later.put("transferRate", new BigDecimal("0.5000"));
        later.putObject("roi").put("netBenefitMinor", 120_000);

        ImpactReport report = json.treeToValue(later, ImpactReport.class);

        assertThat(report.getParticipants()).isEqualTo(5L);
    }

    private static byte[] sample() throws IOException {
        try (InputStream sample = GeneratedReportingClientTest.class.getResourceAsStream("/impact-report.json")) {
            return sample.readAllBytes();
        }
    }
}
