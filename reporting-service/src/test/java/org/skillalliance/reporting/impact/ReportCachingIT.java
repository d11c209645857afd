package org.skillalliance.reporting.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.Topics;
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
 * Reports for machines (issue 25): a funder's system asks "has it changed?" with the report's {@code ETag} and gets
 * {@code 304} with no body while nothing changed, and {@code 200} with a new tag after a new outcome; {@code
 * Last-Modified} is the report's {@code currentAsOf}; {@code Cache-Control} makes every cache revalidate and no shared
 * cache keep it; the versioned media type answers with the same figures; the CSV carries its own tag.
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportCachingIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void anUnchangedReportAnswers304UntilANewOutcomeChangesIt() {
        AllianceScenario scenario = new AllianceScenario();
        ProjectionFeed.apply(context, AllianceScenarioEvents.inTopicOrder(scenario));
        ApiClient admin = Callers.asAdmin(port);
        String path = "/api/reports/programmes/" + scenario.id("P") + "/impact";

        ApiClient.Response first = admin.get(path);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        String tag = first.header("ETag");
        assertThat(tag).as(first.headers().toString()).isNotBlank().startsWith("\"");
        assertThat(first.header("Cache-Control")).contains("private").contains("no-cache");
        assertThat(first.header("Cache-Control")).doesNotContain("no-store");
        Instant currentAsOf = Instant.parse(first.json().path("currentAsOf").asString());
        assertThat(ZonedDateTime.parse(first.header("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant())
                .isEqualTo(currentAsOf.truncatedTo(ChronoUnit.SECONDS));

        ApiClient.Response unchanged = admin.get(path, Map.of("If-None-Match", tag));
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(304);
        assertThat(unchanged.text()).isEmpty();
        assertThat(unchanged.header("ETag")).isEqualTo(tag);

        // the same figures under the versioned media type
        ApiClient.Response pinned = admin.get(path, Map.of("Accept", "application/vnd.skillalliance.report.v1+json"));
        assertThat(pinned.status()).as(pinned.toString()).isEqualTo(200);
        assertThat(pinned.header("Content-Type")).startsWith("application/vnd.skillalliance.report.v1+json");
        assertThat(pinned.json()).isEqualTo(first.json());

        // the CSV has a tag of its own, and answers 304 to it
        ApiClient.Response csv = admin.getAccepting(path, "text/csv");
        assertThat(csv.header("ETag")).isNotBlank().isNotEqualTo(tag);
        assertThat(admin.get(path, Map.of("Accept", "text/csv", "If-None-Match", csv.header("ETag")))
                        .status())
                .isEqualTo(304);

        // a new outcome: s26's seat in C2 (covered by W3) completes
        ProjectionFeed.apply(
                context, List.of(new TopicEvent(Topics.CURRICULUM, AllianceScenarioEvents.s26Completed(scenario))));
        ApiClient.Response changed = admin.get(path, Map.of("If-None-Match", tag));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotBlank().isNotEqualTo(tag);
        assertThat(changed.json().path("outcomesRecorded").asLong())
                .isEqualTo(first.json().path("outcomesRecorded").asLong() + 1);
    }
}
