package org.skillalliance.reporting.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.Topics;
import org.skillalliance.contracts.funding.ProgrammeOpened;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.AllianceKind;
import org.skillalliance.reporting.projection.ProjectionFeed;
import org.skillalliance.reporting.projection.ProjectionFeed.TopicEvent;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * CSV downloads are safe to open in a spreadsheet and arrive as files: a programme named like a formula comes out as
 * text ({@code '=HYPERLINK(...)}, quoted as RFC 4180 requires), figures stay numbers, and every CSV answer carries
 * {@code Content-Disposition: attachment} with a file name.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsvDownloadIT {

    static final String FORMULA = "=HYPERLINK(\"http://x\",\"y\")";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void aProgrammeNamedLikeAFormulaIsWrittenAsTextAndTheReportIsAnAttachment() {
        UUID alliance = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        EventRegistry registry = context.getBean(EventRegistry.class);
        List<TopicEvent> events = new ArrayList<>();
        events.add(event(
                registry,
                Topics.MEMBER,
                EventTypes.ALLIANCE_CREATED,
                alliance,
                "member-service",
                new AllianceCreated(
                        alliance, UUID.randomUUID(), FORMULA, AllianceKind.SECTORAL, List.of("C25"), "DE2", "EUR")));
        events.add(event(
                registry,
                Topics.FUNDING,
                EventTypes.PROGRAMME_OPENED,
                programme,
                "funding-service",
                new ProgrammeOpened(
                        programme,
                        UUID.randomUUID(),
                        FORMULA,
                        "EUR",
                        1_000_000,
                        LocalDate.now().minusYears(1),
                        LocalDate.now().plusYears(1),
                        List.of(alliance),
                        List.of(),
                        List.of(),
                        List.of(),
                        List.of(),
                        1)));
        ProjectionFeed.apply(context, events);
        ApiClient admin = Callers.asAdmin(port);

        ApiClient.Response impact = admin.getAccepting("/api/reports/programmes/" + programme + "/impact", "text/csv");

        assertThat(impact.status()).as(impact.toString()).isEqualTo(200);
        assertThat(impact.header("Content-Type")).startsWith("text/csv");
        List<String> lines = List.of(impact.text().split("\r\n"));
        assertThat(lines).contains("programmeName,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "participants,0");
        assertThat(lines)
                .noneMatch(line -> line.contains("," + FORMULA) || line.contains(",\"=") || line.startsWith("="));
        assertThat(impact.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"impact-report-" + programme + ".csv\"");

        ApiClient.Response overview =
                admin.getAccepting("/api/reports/alliances/" + alliance + "/overview", "text/csv");
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        assertThat(overview.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"alliance-overview-" + alliance + ".csv\"");
        assertThat(overview.text()).startsWith("field,value\r\n").contains("\r\nseatsOffered,0\r\n");
    }

    private static TopicEvent event(
            EventRegistry registry, String topic, String type, UUID aggregate, String producer, Object payload) {
        EventEnvelope made = registry.envelope(type, aggregate.toString(), producer, payload);
        return new TopicEvent(
                topic,
                new EventEnvelope(
                        made.eventId(),
                        made.eventType(),
                        made.schemaVersion(),
                        Instant.now(),
                        made.aggregateId(),
                        made.producer(),
                        made.payload()));
    }
}
