package org.skillalliance.curriculum.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.Api;
import org.skillalliance.curriculum.support.MemberEvents;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * funding-service accepts the connection and never answers (a real server socket that accepts and never writes, as a
 * hung process or a stalled proxy does): the cohort quote still answers within the guarded call's time limit, says
 * the grant offset is unknown because funding did not answer in time, and gives the price without it.
 *
 * <p>Each attempt's read timeout (2 s) is set above the whole call's limit (1.5 s) on purpose: then only the time
 * limiter over the whole call keeps the quote within its limit, and the elapsed time is its measure.
 */
@RealInfrastructure(keycloak = true)
class QuoteAgainstSilentFundingIT extends ServiceIT {

    private static final Duration OVERALL_TIMEOUT = Duration.ofMillis(1500);
    /** What the quote may take beyond the limit: its own queries and the HTTP round trip, on a busy 2-core machine. */
    private static final Duration MARGIN = Duration.ofMillis(2500);

    private static final SilentServer FUNDING = new SilentServer();

    @Autowired
    FundingQuotes fundingQuotes;

    @DynamicPropertySource
    static void fundingNeverAnswers(DynamicPropertyRegistry registry) {
        registry.add("skillalliance.funding.url", () -> "http://127.0.0.1:" + FUNDING.port());
        registry.add("skillalliance.funding.call-timeout", () -> "2s");
        registry.add("skillalliance.funding.overall-timeout", () -> OVERALL_TIMEOUT.toMillis() + "ms");
        registry.add("resilience4j.retry.instances.funding-quotes.max-attempts", () -> "3");
    }

    @AfterAll
    void stopFunding() {
        FUNDING.close();
    }

    @Test
    void theQuoteAnswersWithinItsTimeLimitAndSaysTheOffsetIsUnknown() {
        UUID alliance = members.alliance("Silent funding alliance");
        MemberEvents.Employer employer = members.activeEmployer(alliance);
        members.awaitConsumed();
        UUID cohort = curriculum
                .cohort(curriculum.publishedCourse(alliance))
                .capacity(10)
                .with("cost", Map.of("pricing", "PER_SEAT", "amountMinor", 90_000, "currency", "EUR"))
                .open();

        long started = System.nanoTime();
        Api.Response quote = api.get("/api/cohorts/" + cohort + "/quote?employerId=" + employer.id());
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "quote against a silent funding-service answered after %d ms (limit %d ms)%n",
                elapsed.toMillis(), OVERALL_TIMEOUT.toMillis());

        assertThat(FUNDING.accepted())
                .as("funding's socket accepted the quote's connection")
                .isPositive();
        assertThat(quote.status()).as(quote.toString()).isEqualTo(200);
        assertThat(elapsed)
                .as(
                        "the quote took %d ms; its limit is %d ms plus a margin of %d ms",
                        elapsed.toMillis(), OVERALL_TIMEOUT.toMillis(), MARGIN.toMillis())
                .isLessThan(OVERALL_TIMEOUT.plus(MARGIN));
        assertThat(quote.body().get("grantOffset").get("known").asBoolean()).isFalse();
        assertThat(quote.body().get("grantOffset").get("reason").asString())
                .isEqualTo("funding-service did not answer in time; the grant offset is unknown");
        assertThat(quote.body().get("priceMinor").asLong()).isEqualTo(90_000);
        assertThat(quote.body().get("netMinor").isNull()).isTrue();
        assertThat(fundingQuotes.circuitState())
                .as("one slow quote does not open the circuit")
                .isEqualTo("CLOSED");
    }

    /** Accepts every connection on loopback and never reads or writes a byte; keeps them open until closed. */
    static final class SilentServer implements AutoCloseable {

        private final ServerSocket socket;
        private final List<Socket> connections = new CopyOnWriteArrayList<>();

        SilentServer() {
            try {
                socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Thread.ofPlatform().daemon().name("silent-funding").start(() -> {
                while (!socket.isClosed()) {
                    try {
                        connections.add(socket.accept());
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        int accepted() {
            return connections.size();
        }

        @Override
        public void close() {
            try {
                socket.close();
                for (Socket connection : connections) {
                    connection.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
