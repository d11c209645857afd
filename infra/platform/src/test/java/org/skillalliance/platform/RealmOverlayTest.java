package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RealmOverlayTest {

    @Test
    void the_demo_realm_has_the_password_grant_and_the_demo_admin(@TempDir Path work) {
        JsonNode realm = RealmOverlay.parse(RealmOverlay.demoRealm(PlatformSettings.forTests(work)));

        JsonNode web = client(realm, SampleCall.CLIENT);
        assertThat(web.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        // merged, not replaced: the client keeps everything else of the export
        assertThat(web.path("publicClient").asBoolean()).isTrue();
        assertThat(names(web.path("protocolMappers"), "name")).containsExactly("audience", "org_id", "staff_id");

        JsonNode admin = user(realm, SampleCall.DEMO_USER);
        assertThat(admin.path("enabled").asBoolean()).isTrue();
        assertThat(names(admin.path("realmRoles"), null)).containsExactly("alliance-admin");
        assertThat(admin.path("credentials").get(0).path("value").asString()).isEqualTo(SampleCall.DEMO_PASSWORD);
        assertThat(admin.path("attributes").path("org_id").isMissingNode())
                .as("the alliance admin acts for no organisation")
                .isTrue();
        assertThat(names(realm.path("roles").path("realm"), "name")).containsAll(names(admin.path("realmRoles"), null));
        // what the export has stays: its users (service accounts) and clients, placeholders unresolved
        JsonNode production = RealmOverlay.read(PlatformSettings.forTests(work).realmExport());
        assertThat(names(realm.path("users"), "username"))
                .containsAll(names(production.path("users"), "username"))
                .hasSize(production.path("users").size() + 1);
        assertThat(names(realm.path("clients"), "clientId"))
                .containsExactlyElementsOf(names(production.path("clients"), "clientId"));
        for (JsonNode client : production.path("clients")) {
            assertThat(client(realm, client.path("clientId").asString()).path("secret"))
                    .as("secret of " + client.path("clientId"))
                    .isEqualTo(client.path("secret"));
        }
    }

    @Test
    void the_production_export_holds_no_demo_user_nor_the_password_grant_and_is_left_unchanged(@TempDir Path work)
            throws Exception {
        PlatformSettings settings = PlatformSettings.forTests(work);
        byte[] before = Files.readAllBytes(settings.realmExport());

        RealmOverlay.demoRealm(settings);

        assertThat(Files.readAllBytes(settings.realmExport())).isEqualTo(before);
        JsonNode production = RealmOverlay.read(settings.realmExport());
        // people only ever come through invitations; the export's users are service accounts without credentials
        assertThat(names(production.path("users"), "username")).doesNotContain(SampleCall.DEMO_USER);
        assertThat(production.path("users")).allSatisfy(user -> {
            assertThat(user.has("credentials")).isFalse();
            assertThat(user.path("username").asString()).startsWith("service-account-");
        });
        assertThat(client(production, SampleCall.CLIENT)
                        .path("directAccessGrantsEnabled")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void named_entries_are_merged_or_added_and_other_values_replaced() {
        JsonNode realm = RealmOverlay.parse("""
                {"realm": "r", "accessTokenLifespan": 300, "redirectUris": ["a"],
                 "clients": [{"clientId": "web", "publicClient": true, "redirectUris": ["x", "y"]}]}
                """);
        JsonNode overlay = RealmOverlay.parse("""
                {"accessTokenLifespan": 600, "redirectUris": ["b"],
                 "clients": [{"clientId": "web", "redirectUris": ["z"]}, {"clientId": "api", "publicClient": false}],
                 "users": [{"username": "u"}]}
                """);

        JsonNode merged = RealmOverlay.merge(realm, overlay);

        assertThat(merged.path("accessTokenLifespan").asInt()).isEqualTo(600);
        assertThat(names(merged.path("redirectUris"), null)).containsExactly("b");
        assertThat(names(merged.path("clients"), "clientId")).containsExactly("web", "api");
        assertThat(client(merged, "web").path("publicClient").asBoolean()).isTrue();
        assertThat(names(client(merged, "web").path("redirectUris"), null)).containsExactly("z");
        assertThat(names(merged.path("users"), "username")).containsExactly("u");
        assertThat(realm.path("accessTokenLifespan").asInt())
                .as("the original is not changed")
                .isEqualTo(300);
        assertThat(realm.path("clients")).hasSize(1);
    }

    @Test
    void placeholders_are_left_for_keycloak_to_resolve() {
        JsonNode merged = RealmOverlay.merge(RealmOverlay.parse("""
                {"clients": [{"clientId": "member-service", "secret": "${MEMBER_SERVICE_CLIENT_SECRET}"}]}
                """), RealmOverlay.parse("{}"));

        assertThat(client(merged, "member-service").path("secret").asString())
                .isEqualTo("${MEMBER_SERVICE_CLIENT_SECRET}");
    }

    private static JsonNode user(JsonNode realm, String username) {
        return StreamSupport.stream(realm.path("users").spliterator(), false)
                .filter(user -> username.equals(user.path("username").asString()))
                .findFirst()
                .orElseThrow();
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> clientId.equals(client.path("clientId").asString()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> names(JsonNode list, String field) {
        return StreamSupport.stream(list.spliterator(), false)
                .map(element ->
                        field == null ? element.asString() : element.path(field).asString())
                .toList();
    }
}
