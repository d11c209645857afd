package org.skillalliance.member.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm export and member-service agree on the machine clients' secret rotation: the policy applies to the
 * attribute member-service sets on its clients, and keeps a rotated secret as long as the longest grace period the API
 * accepts.
 */
class MachineClientPolicyTest {

    @Test
    void theRealmsMachineClientsPolicyRotatesTheSecretsOfTheClientsMemberServiceMakesForTheLongestGrace()
            throws IOException {
        JsonNode realm = JsonMapper.builder().build().readTree(Files.readString(realmExport()));

        JsonNode policy = realm.path("clientPolicies").path("policies").get(0);
        assertThat(policy.path("name").asString()).isEqualTo("machine-clients");
        assertThat(policy.path("enabled").asBoolean()).isTrue();
        JsonNode condition = policy.path("conditions").get(0);
        assertThat(condition.path("condition").asString()).isEqualTo("client-attributes");
        assertThat(condition.path("configuration").path("attributes").asString())
                .isEqualTo(
                        "[{\"key\":\"" + KeycloakMachineClients.MACHINE_CLIENT_ATTRIBUTE + "\",\"value\":\"true\"}]");
        String profileName = policy.path("profiles").get(0).asString();

        JsonNode profile = realm.path("clientProfiles").path("profiles").get(0);
        assertThat(profile.path("name").asString()).isEqualTo(profileName);
        JsonNode executor = profile.path("executors").get(0);
        assertThat(executor.path("executor").asString()).isEqualTo("secret-rotation");
        assertThat(executor.path("configuration")
                        .path("rotated-expiration-period")
                        .asLong())
                .isEqualTo(ApiClient.LONGEST_GRACE.toSeconds())
                .isEqualTo(604_800);
        assertThat(executor.path("configuration").path("expiration-period").asLong())
                .as("a secret does not expire on its own within years")
                .isGreaterThanOrEqualTo(315_360_000);
    }

    private static Path realmExport() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path export = dir.resolve("infra/keycloak/skill-alliance-realm.json");
            if (Files.isRegularFile(export)) {
                return export;
            }
        }
        throw new IllegalStateException("infra/keycloak/skill-alliance-realm.json not found");
    }
}
