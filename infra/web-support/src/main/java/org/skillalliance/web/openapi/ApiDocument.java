package org.skillalliance.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillalliance.web.ProblemDetailsHandler;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What the whole document says: the service's title, version and description, the gateway as the one server, the
 * Keycloak bearer scheme required by every operation (an operation open to anyone would say so with an empty
 * {@code security}), and the {@code Problem} schema with the error responses {@link ErrorResponses} refers to (those the
 * operations use). Success bodies springdoc leaves as any type ({@code *}{@code /*}) are JSON.
 */
public final class ApiDocument implements OpenApiCustomizer {

    /** The security scheme's name in {@code components.securitySchemes}. */
    public static final String BEARER = "bearer";
    /** The RFC 9457 problem's schema name in {@code components.schemas}. */
    public static final String PROBLEM = "Problem";

    static final String FIELD_VIOLATION = "FieldViolation";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final String JSON = "application/json";
    private static final String ANY = "*/*";

    private final String title;
    private final String description;
    private final String version;
    private final String serverUrl;

    public ApiDocument(String title, String description, String version, String serverUrl) {
        this.title = title;
        this.description = description;
        this.version = version;
        this.serverUrl = serverUrl;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.info(new Info().title(title).version(version).description(description))
                .servers(List.of(new Server()
                        .url(serverUrl)
                        .description("the gateway: every call goes through it, with a Keycloak access token")))
                .security(List.of(new SecurityRequirement().addList(BEARER)));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        components.addSecuritySchemes(
                BEARER,
                new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description(
                                "An access token of the skill-alliance realm in Keycloak (the gateway checks it, and so does"
                                        + " the service: signature, issuer, expiry, audience skill-alliance-api). Who may do what is"
                                        + " in docs/security.md."));
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FIELD_VIOLATION)) {
            Map<String, Schema<?>> properties = new LinkedHashMap<>();
            properties.put(
                    "field",
                    typed("string")
                            .description("the field as named in the request (a.b[0].c for a"
                                    + " nested one), or the query parameter's name"));
            properties.put("reason", typed("string").description("why its value is refused"));
            components.addSchemas(
                    FIELD_VIOLATION, object("A field to blame and why", properties, List.of("field", "reason")));
        }
        components.addSchemas(PROBLEM, problem());
        Set<String> referenced = new HashSet<>();
        operations(openApi)
                .forEach(operation -> operation.getResponses().values().forEach(response -> {
                    if (response.get$ref() != null) {
                        referenced.add(
                                response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
                    } else {
                        answersJson(response);
                    }
                }));
        ErrorResponses.ALL.stream()
                .filter(error -> referenced.contains(error.component()))
                .forEach(error -> components.addResponses(
                        error.component(),
                        new ApiResponse()
                                .description(error.description())
                                .content(new Content()
                                        .addMediaType(
                                                PROBLEM_JSON,
                                                new MediaType()
                                                        .schema(new Schema<>()
                                                                .$ref("#/components/schemas/" + PROBLEM))))));
    }

    private static List<Operation> operations(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return List.of();
        }
        return openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .filter(operation -> operation.getResponses() != null)
                .toList();
    }

    /**
     * springdoc writes {@code *}{@code /*} for a handler that declares no {@code produces}; the platform's handlers then
     * answer JSON (those that answer CSV or problem+json declare it).
     */
    private static void answersJson(ApiResponse response) {
        Content content = response.getContent();
        if (content == null || !content.containsKey(ANY) || content.containsKey(JSON)) {
            return;
        }
        Content json = new Content();
        content.forEach((type, media) -> json.addMediaType(ANY.equals(type) ? JSON : type, media));
        response.setContent(json);
    }

    private static Schema<Object> problem() {
        Map<String, Schema<?>> properties = new LinkedHashMap<>();
        properties.put(
                "type",
                typed("string")
                        .format("uri")
                        .description("what kind of problem: " + ProblemDetailsHandler.PROBLEM_BASE
                                + "validation, malformed-body,"
                                + " not-found, conflict, illegal-transition, rule-violation, payload-too-large, forbidden,"
                                + " unauthorized, http-<status> (docs/api.md)"));
        properties.put("title", typed("string").description("a short summary of the kind"));
        properties.put("status", typed("integer").format("int32").description("the HTTP status"));
        properties.put("detail", typed("string").description("what went wrong in this request"));
        properties.put("instance", typed("string").format("uri-reference").description("the request's path"));
        properties.put(
                "errors",
                typed("array")
                        .items(new Schema<>().$ref("#/components/schemas/" + FIELD_VIOLATION))
                        .description("every field to blame, with the reason, where fields are to blame"));
        properties.put(
                "currentState", typed("string").description("an illegal transition: the state it was refused in"));
        properties.put("action", typed("string").description("an illegal transition: the action refused"));
        return object("An error, as RFC 9457 problem details", properties, List.of("type", "title", "status"));
    }

    private static Schema<Object> object(String description, Map<String, Schema<?>> properties, List<String> required) {
        Schema<Object> object = typed("object").description(description);
        properties.forEach(object::addProperty);
        object.setRequired(required);
        return object;
    }

    static <T> Schema<T> typed(String type) {
        Schema<T> schema = new Schema<>();
        schema.setType(type);
        schema.addType(type);
        return schema;
    }
}
