package org.skillalliance.member.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillalliance.member.MemberFixtures.employer;
import static org.skillalliance.member.MemberFixtures.eventsOf;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillalliance.contracts.EventEnvelope;
import org.skillalliance.contracts.member.OrganisationRegistered;
import org.skillalliance.contracts.member.OrganisationUpdated;
import org.skillalliance.contracts.member.SizeBand;
import org.skillalliance.member.MemberFixtures;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.Callers;
import org.skillalliance.testsupport.RealInfrastructure;
import org.skillalliance.testsupport.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrganisationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    ApiClient api;
    MemberFixtures fixtures;

    @BeforeEach
    void setUp() {
        api = Callers.asAdmin(port);
        fixtures = new MemberFixtures(api);
    }

    @Test
    void anEmployerIsRegisteredWithItsSizeBandWhichFollowsTheHeadcountAndBothAreAnnounced() {
        try (TopicRecorder topic = MemberFixtures.memberTopic()) {
            Map<String, Object> body = employer(12);
            body.put("sectorCode", "J62.01");
            body.put("country", "de");
            ApiClient.Response registered = api.post("/api/organisations", body);
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            UUID id = UUID.fromString(registered.json().path("id").asString());
            assertThat(registered.header("Location")).isEqualTo("/api/organisations/" + id);
            assertThat(registered.json().path("sizeBand").asString()).isEqualTo("SMALL");
            assertThat(registered.json().path("sectorCode").asString()).isEqualTo("J62.01");
            assertThat(registered.json().path("country").asString()).isEqualTo("DE");

            Map<String, Object> update = Map.of(
                    "legalName",
                    "Müller Feinmechanik GmbH & Co. KG",
                    "region",
                    "DE21",
                    "sectorCode",
                    "62.01",
                    "headcount",
                    60);
            ApiClient.Response updated = api.put("/api/organisations/" + id, update);
            assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
            assertThat(updated.json().path("sizeBand").asString()).isEqualTo("MEDIUM");
            assertThat(api.get("/api/organisations/" + id)
                            .json()
                            .path("headcount")
                            .asInt())
                    .isEqualTo(60);
            // the same values again change nothing and announce nothing
            assertThat(api.put("/api/organisations/" + id, update).status()).isEqualTo(200);

            List<EventEnvelope> events = eventsOf(topic, id, 2);
            assertThat(events)
                    .extracting(EventEnvelope::eventType)
                    .containsExactly("OrganisationRegistered", "OrganisationUpdated");
            OrganisationRegistered first =
                    MemberFixtures.registry().payload(events.get(0), OrganisationRegistered.class);
            assertThat(first.sizeBand()).isEqualTo(SizeBand.SMALL);
            assertThat(first.headcount()).isEqualTo(12);
            OrganisationUpdated second = MemberFixtures.registry().payload(events.get(1), OrganisationUpdated.class);
            assertThat(second.sizeBand()).isEqualTo(SizeBand.MEDIUM);
            assertThat(events.get(0).payload().toString()).doesNotContain("Müller");
        }
    }

    @Test
    void badInputIsRefusedWithTheFieldAndTheReasonAndNothingIsWritten() {
        long before = organisations();

        ApiClient.Response missing = api.post("/api/organisations", Map.of("country", "DE"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.fieldErrors()).containsKeys("type", "legalName", "registrationNumber");

        ApiClient.Response malformed = api.post("/api/organisations", """
                {"type":"EMPLOYER","legalName":"X","registrationNumber":"1","country":"DE","sectorCode":"62","headcount":"many"}""");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.fieldErrors()).containsEntry("headcount", "'many' is not a whole number");

        ApiClient.Response wrongType = api.post("/api/organisations", with(employer(5), "type", "BAKERY"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.fieldErrors().get("type")).contains("EMPLOYER", "FUNDER");

        ApiClient.Response unknownCountry = api.post("/api/organisations", with(employer(5), "country", "XX"));
        assertThat(unknownCountry.status()).isEqualTo(400);
        assertThat(unknownCountry.fieldErrors())
                .containsEntry("country", "'XX' is not an ISO 3166-1 alpha-2 country code");

        ApiClient.Response unknownSector = api.post("/api/organisations", with(employer(5), "sectorCode", "00.11"));
        assertThat(unknownSector.status()).isEqualTo(400);
        assertThat(unknownSector.fieldErrors()).containsEntry("sectorCode", "'00.11' is not a NACE Rev. 2 code");

        ApiClient.Response wrongSection = api.post("/api/organisations", with(employer(5), "sectorCode", "A62"));
        assertThat(wrongSection.status()).isEqualTo(400);

        ApiClient.Response negative = api.post("/api/organisations", with(employer(5), "headcount", -3));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.fieldErrors()).containsKey("headcount");

        ApiClient.Response noHeadcount = api.post("/api/organisations", with(employer(5), "headcount", null));
        assertThat(noHeadcount.status()).isEqualTo(400);
        assertThat(noHeadcount.fieldErrors()).containsEntry("headcount", "is required for an employer");

        ApiClient.Response typo = api.post("/api/organisations", with(employer(5), "headcuont", 5));
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.fieldErrors()).containsEntry("headcuont", "is not a known field");

        ApiClient.Response notJson = api.post("/api/organisations", "{\"type\": ");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("detail").asString()).startsWith("the body is not valid JSON");

        assertThat(organisations()).isEqualTo(before);

        Map<String, Object> first = employer(5);
        assertThat(api.post("/api/organisations", first).status()).isEqualTo(201);
        Map<String, Object> duplicate = employer(7);
        duplicate.put(
                "registrationNumber",
                " " + first.get("registrationNumber").toString().toLowerCase() + " ");
        ApiClient.Response conflict = api.post("/api/organisations", duplicate);
        assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
        assertThat(conflict.fieldErrors()).containsKey("registrationNumber");
        Map<String, Object> otherCountry = new HashMap<>(duplicate);
        otherCountry.put("country", "AT");
        assertThat(api.post("/api/organisations", otherCountry).status()).isEqualTo(201);

        assertThat(api.get("/api/organisations/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get("/api/organisations/not-a-uuid").fieldErrors()).containsKey("id");
        assertThat(api.get("/api/organisations?size=1000").fieldErrors()).containsKey("size");
        assertThat(api.get("/api/organisations?sizeBand=HUGE").status()).isEqualTo(400);
    }

    @Test
    void listsArePagedAndFilteredByTypeSectorSizeBandAndAlliance() {
        UUID association = fixtures.register("ASSOCIATION");
        UUID alliance = fixtures.createAlliance(association);
        UUID micro = fixtures.registerEmployer(3);
        UUID large = fixtures.registerEmployer(400);
        fixtures.apply(alliance, micro, "MEMBER_EMPLOYER");

        ApiClient.Response micros = api.get("/api/organisations?type=EMPLOYER&sizeBand=MICRO&sector=C25&size=200");
        assertThat(micros.status()).isEqualTo(200);
        assertThat(ids(micros)).contains(micro.toString()).doesNotContain(large.toString());
        assertThat(ids(api.get("/api/organisations?sector=C28&size=200"))).doesNotContain(micro.toString());
        assertThat(ids(api.get("/api/organisations?allianceId=" + alliance))).containsExactly(micro.toString());

        ApiClient.Response page = api.get("/api/organisations?page=0&size=1");
        assertThat(page.json().path("items")).hasSize(1);
        assertThat(page.json().path("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.json().path("totalPages").asInt())
                .isEqualTo(page.json().path("totalItems").asInt());
    }

    private static List<String> ids(ApiClient.Response response) {
        return response.json()
                .path("items")
                .valueStream()
                .map(n -> n.path("id").asString())
                .toList();
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private long organisations() {
        return jdbc.sql("select count(*) from organisation").query(Long.class).single();
    }
}
