package org.skillalliance.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.web.openapi.fixture.OpenApiFixtureApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The document web-support makes of a small service whose two features each have a {@code SkillRequest}: distinct
 * schema names with each record's own fields, the service's title, the platform's version, the gateway as server, the
 * bearer scheme, 201 with Location, 204, and the problem+json error responses by rule.
 */
@SpringBootTest(
        classes = OpenApiFixtureApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "skillalliance.openapi.title=Skill Alliance fixture-service",
            "skillalliance.openapi.description=Two features, one simple name."
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    @LocalServerPort
    int port;

    private JsonNode document;

    @BeforeAll
    void fetchTheDocument() {
        ApiClient.Response response = ApiClient.onPort(port).get("/v3/api-docs");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        document = response.json();
    }

    @Test
    void twoRecordsOfOneSimpleNameAreTwoSchemasEachWithItsOwnFields() {
        assertThat(document.at("/paths/~1api~1skills/post/requestBody/content/application~1json/schema/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/skill.SkillRequest");
        assertThat(document.at("/components/schemas/skill.SkillRequest/properties")
                        .propertyNames())
                .containsExactlyInAnyOrder("code", "name");
        assertThat(document.at("/components/schemas/ProfileRequest/properties/skills/items/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/profile.SkillRequest");
        assertThat(document.at("/components/schemas/profile.SkillRequest/properties")
                        .propertyNames())
                .containsExactlyInAnyOrder("skillId", "targetLevel");
        assertThat(document.at("/components/schemas").propertyNames())
                .doesNotContain("SkillRequest")
                .contains("SkillResponse", "ProfileRequest");
    }

    @Test
    void namesTheServiceTheVersionTheGatewayAndTheBearerScheme() {
        assertThat(document.at("/info/title").asString()).isEqualTo("Skill Alliance fixture-service");
        assertThat(document.at("/info/description").asString()).isEqualTo("Two features, one simple name.");
        assertThat(document.at("/info/version").asString())
                .isEqualTo(OpenApiAutoConfiguration.platformVersion())
                .matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(document.at("/servers/0/url").asString())
                .isEqualTo(System.getenv().getOrDefault("GATEWAY_URL", "http://localhost:8080"));
        assertThat(document.at("/servers").size()).isEqualTo(1);
        assertThat(document.at("/components/securitySchemes/bearer/type").asString())
                .isEqualTo("http");
        assertThat(document.at("/components/securitySchemes/bearer/scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.at("/components/securitySchemes/bearer/bearerFormat")
                        .asString())
                .isEqualTo("JWT");
        assertThat(document.at("/security/0").propertyNames()).containsExactly("bearer");
    }

    @Test
    void aCreationAnswers201WithLocationAndADeletion204() {
        JsonNode created = document.at("/paths/~1api~1skills/post/responses/201");
        assertThat(created.at("/content/application~1json/schema/$ref").asString())
                .isEqualTo("#/components/schemas/SkillResponse");
        assertThat(created.at("/headers/Location/schema/format").asString()).isEqualTo("uri-reference");
        assertThat(document.at("/paths/~1api~1skills/post/responses").propertyNames())
                .doesNotContain("200");
        assertThat(document.at("/paths/~1api~1skills~1{id}/delete/responses").propertyNames())
                .contains("204")
                .doesNotContain("200");
    }

    @Test
    void everyOperationDocumentsTheProblemsItCanAnswerByRule() {
        assertThat(responses("/api/skills", "post"))
                .containsExactlyInAnyOrder("201", "400", "401", "403", "409", "413", "415", "422");
        assertThat(responses("/api/skills/{id}", "get")).containsExactlyInAnyOrder("200", "400", "401", "403", "404");
        assertThat(responses("/api/skills", "get")).containsExactlyInAnyOrder("200", "400", "401", "403");
        assertThat(responses("/api/skills/{id}", "delete"))
                .containsExactlyInAnyOrder("204", "400", "401", "403", "404", "409", "422");
        assertThat(document.at("/paths/~1api~1skills~1{id}/get/responses/404/$ref")
                        .asString())
                .isEqualTo("#/components/responses/NotFound");
        for (String error : List.of(
                "BadRequest",
                "Unauthorized",
                "Forbidden",
                "NotFound",
                "Conflict",
                "ContentTooLarge",
                "UnsupportedMediaType",
                "UnprocessableContent")) {
            assertThat(document.at("/components/responses/" + error + "/content/application~1problem+json/schema/$ref")
                            .asString())
                    .as(error)
                    .isEqualTo("#/components/schemas/Problem");
        }
        JsonNode problem = document.at("/components/schemas/Problem");
        assertThat(problem.at("/properties").propertyNames())
                .contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(problem.at("/properties/errors/items/$ref").asString())
                .isEqualTo("#/components/schemas/FieldViolation");
        assertThat(document.at("/components/schemas/FieldViolation/properties").propertyNames())
                .containsExactlyInAnyOrder("field", "reason");
    }

    @Test
    void pageAndSizeCarryTheBoundsPageQueryEnforces() {
        JsonNode parameters = document.at("/paths/~1api~1skills/get/parameters");
        JsonNode page = parameter(parameters, "page");
        assertThat(page.at("/schema/minimum").asInt()).isZero();
        assertThat(page.at("/schema/default").asInt()).isZero();
        JsonNode size = parameter(parameters, "size");
        assertThat(size.at("/schema/minimum").asInt()).isEqualTo(1);
        assertThat(size.at("/schema/maximum").asInt()).isEqualTo(200);
        assertThat(size.at("/schema/default").asInt()).isEqualTo(20);
        assertThat(parameter(parameters, "limit").at("/schema").has("maximum"))
                .as("another integer")
                .isFalse();
    }

    private static JsonNode parameter(JsonNode parameters, String name) {
        return parameters
                .valueStream()
                .filter(p -> p.path("name").asString().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private List<String> responses(String path, String method) {
        return document.path("paths").path(path).path(method).path("responses").propertyNames().stream()
                .toList();
    }
}
