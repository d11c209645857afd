package org.skillalliance.curriculum.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * funding-service is down (nothing listens where it should): the cohort quote still answers within its time budget
 * (2 s for the guarded call), with the price and an estimated share, says the grant offset is unknown, and after a
 * few failures the circuit opens and quotes stop waiting for funding at all. The way back, with funding-service
 * answering again, is driven by QuoteResilienceIT (infra/process-tests), where a real funding-service runs.
 */
@RealInfrastructure(keycloak = true)
class QuoteWithoutFundingIT extends ServiceIT {

    private static final int CLOSED_PORT = closedPort();

    @Autowired
    FundingQuotes fundingQuotes;

    @DynamicPropertySource
    static void fundingIsDown(DynamicPropertyRegistry registry) {
        registry.add("skillalliance.funding.url", () -> "http://localhost:" + CLOSED_PORT);
        registry.add("skillalliance.funding.open-circuit-for", () -> "1m");
    }

    @Test
    void theQuoteAnswersWithoutTheOffsetAndTheCircuitOpens() {
        UUID alliance = members.alliance("Quote alliance");
        MemberEvents.Employer employer = members.activeEmployer(alliance);
        members.awaitConsumed();
        UUID cohort = curriculum
                .cohort(curriculum.publishedCourse(alliance))
                .capacity(12)
                .with("cost", java.util.Map.of("pricing", "TOTAL", "amountMinor", 1_200_000, "currency", "EUR"))
                .with("minParticipants", 4)
                .open();

        long started = System.nanoTime();
        Api.Response quote = api.get("/api/cohorts/" + cohort + "/quote?employerId=" + employer.id());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(elapsedMillis)
                .as("answered within the 2 s budget, with room for a busy machine")
                .isLessThan(6_000);
        assertThat(quote.text("pricing")).isEqualTo("TOTAL");
        assertThat(quote.body().get("priceMinor").asLong()).isEqualTo(1_200_000);
        // no seat confirmed yet: the total over the 4 minimum participants
        assertThat(quote.body().get("seatShareMinor").asLong()).isEqualTo(300_000);
        assertThat(quote.text("shareSource")).isEqualTo("ESTIMATE");
        assertThat(quote.body().get("grantOffset").get("known").asBoolean()).isFalse();
        assertThat(quote.body().get("grantOffset").get("reason").asString()).contains("grant offset is unknown");
        assertThat(quote.body().get("netMinor").isNull()).isTrue();

        for (int i = 0; i < 4; i++) {
            assertThat(api.get("/api/cohorts/" + cohort + "/quote?employerId=" + employer.id())
                            .status())
                    .isEqualTo(200);
        }
        assertThat(fundingQuotes.circuitState()).isEqualTo("OPEN");
        Api.Response whileOpen = api.get("/api/cohorts/" + cohort + "/quote?employerId=" + employer.id());
        assertThat(whileOpen.body().get("grantOffset").get("reason").asString()).contains("circuit open");

        assertThat(api.get("/api/cohorts/" + UUID.randomUUID() + "/quote?employerId=" + employer.id())
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/cohorts/" + cohort + "/quote").status()).isEqualTo(400);
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
