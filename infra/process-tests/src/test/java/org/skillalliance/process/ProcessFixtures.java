package org.skillalliance.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.skillalliance.testsupport.ApiClient;

/** What the process tests create the same way: an organisation's registration, and the id of what a call created. */
final class ProcessFixtures {

    private ProcessFixtures() {}

    /** A new organisation of the type, registered in Bavaria; a sector and headcount for employers. */
    static Map<String, Object> organisation(String type, String sector, Integer headcount) {
        Map<String, Object> body = new HashMap<>(Map.of(
                "type",
                type,
                "legalName",
                type + " " + UUID.randomUUID(),
                "registrationNumber",
                "R" + UUID.randomUUID().toString().substring(0, 12),
                "country",
                "DE",
                "region",
                "DE21"));
        if (sector != null) {
            body.put("sectorCode", sector);
            body.put("headcount", headcount);
        }
        return body;
    }

    /** The id of what the call created, which must have answered 201. */
    static UUID id(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return UUID.fromString(response.json().path("id").asString());
    }
}
