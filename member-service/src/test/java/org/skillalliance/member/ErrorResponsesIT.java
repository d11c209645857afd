package org.skillalliance.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RawHttp;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An attacker's requests straight to the service, not through the gateway, with real tokens: every answer is a 4xx
 * problem+json. Before web-support's error responses, {@code GET /error} was a 500, Tomcat answered broken URLs with
 * its HTML page, and bodies above any limit were read whole (chunked) or the connection was reset (sized).
 */
@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorResponsesIT {

    static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theErrorPageWithoutATokenIsNoResource() {
        assertProblem(anonymous().get("/error"), 404, "not-found");
    }

    @Test
    void anUnknownPathIsNotFoundWithATokenAndUnauthorizedWithout() {
        for (String path : new String[] {"/nope", "/api/unknown", "/api/organisations/x/y/z"}) {
            assertProblem(admin().get(path), 404, "not-found");
            ApiClient.Response anonymous = anonymous().get(path);
            assertProblem(anonymous, 401, "unauthorized");
            assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void urlsTomcatCannotDecodeAreBadRequests() {
        for (RawHttp caller : new RawHttp[] {admin(), anonymous()}) {
            for (String target : new String[] {
                "/api/organisations?q=%",
                "/api/%zz",
                "/api/organisations?type=%zz%",
                "/api/a{b}",
                "/api/..%2F..%2Ferror",
                "/api/organisations/%00"
            }) {
                ApiClient.Response answer = caller.get(target);

                assertThat(answer.status()).as(target + " -> " + answer).isBetween(400, 499);
                assertThat(answer.header("Content-Type"))
                        .as(target + " -> " + answer)
                        .startsWith("application/problem+json");
            }
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndNothingIsWritten() {
        long organisations = organisations();
        long events = outboxEvents();

        ApiClient.Response answer = admin().postChunked("/api/organisations", organisation(5 * MB));

        assertTooLarge(answer);
        assertThat(organisations()).isEqualTo(organisations);
        assertThat(outboxEvents()).isEqualTo(events);
    }

    @Test
    void aSizedBodyOverTheLimitIs413BeforeTheTokenIsLookedAt() {
        long organisations = organisations();

        assertTooLarge(admin().postSized("/api/organisations", organisation(5 * MB)));
        assertTooLarge(anonymous().postSized("/api/organisations", organisation(5 * MB)));
        assertThat(organisations()).isEqualTo(organisations);
    }

    private RawHttp admin() {
        return RawHttp.onPort(port).withToken(Callers.adminToken());
    }

    private RawHttp anonymous() {
        return RawHttp.onPort(port);
    }

    private static byte[] organisation(int size) {
        String json = "{\"type\":\"EMPLOYER\",\"registrationNumber\":\"" + MemberFixtures.uniqueNumber()
                + "\",\"country\":\"DE\",\"sectorCode\":\"C25.62\",\"headcount\":5,\"legalName\":\"";
        return (json + "n".repeat(size - json.length() - 2) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertTooLarge(ApiClient.Response answer) {
        assertProblem(answer, 413, "payload-too-large");
        assertThat(answer.fieldErrors()).containsOnlyKeys("body");
    }

    private static void assertProblem(ApiClient.Response answer, int status, String type) {
        String described = answer.toString().length() > 300 ? answer.toString().substring(0, 300) : answer.toString();
        assertThat(answer.status()).as(described).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(described).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asString()).isEqualTo("https://skillalliance.org/problems/" + type);
    }

    private long organisations() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }

    private long outboxEvents() {
        return jdbc.sql("select count(*) from outbox_event").query(Long.class).single();
    }
}
