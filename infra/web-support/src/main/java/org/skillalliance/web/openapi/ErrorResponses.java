package org.skillalliance.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;

/**
 * The statuses an operation answers besides success, each as {@code application/problem+json} (the {@code Problem}
 * schema), added by rule from what the operation takes; a response the controller documents itself
 * ({@code @ApiResponse}) is kept as it is. The rules, truthful for every service because one handler
 * (web-support's ProblemDetailsHandler) and one security setup answer for all of them:
 * <ul>
 * <li>400 where the operation takes parameters or a body: bean validation, the binders, strict query parameters;</li>
 * <li>401 and 403 where it needs a token (every operation, unless it declares an empty {@code security});</li>
 * <li>404 where it names a resource by id: a path variable, or a UUID among its parameters or top-level body
 * fields;</li>
 * <li>409 and 422 where it writes (any method but GET): a duplicate, a transition the lifecycle forbids, a business
 * rule;</li>
 * <li>413 and 415 where it takes a body: the body limit and the documented content type.</li>
 * </ul>
 * A {@code 201} of a handler marked {@code @ResponseStatus(HttpStatus.CREATED)} gets its {@code Location} header
 * (docs/api.md: create answers 201 with Location), unless the handler documents its 201 itself with
 * {@code @ApiResponse} (an invitation creates a Keycloak user, which has no address here).
 */
public final class ErrorResponses implements GlobalOperationComponentsCustomizer {

    /** One error response of {@code components.responses}. */
    record Error(String status, String component, String description) {
        ApiResponse reference() {
            return new ApiResponse().$ref("#/components/responses/" + component);
        }
    }

    static final Error BAD_REQUEST = new Error(
            "400",
            "BadRequest",
            "Refused: a parameter or field is missing or"
                    + " unacceptable (`validation`), or the body is not JSON of the documented shape (`malformed-body`: not"
                    + " JSON, a wrong type, an unknown field); `errors` names each field and the reason");
    static final Error UNAUTHORIZED = new Error(
            "401",
            "Unauthorized",
            "No valid access token: none, expired, not"
                    + " signed by the realm, or not for the skill-alliance-api audience");
    static final Error FORBIDDEN =
            new Error("403", "Forbidden", "The caller's role or organisation does not allow this (docs/security.md)");
    static final Error NOT_FOUND = new Error(
            "404",
            "NotFound",
            "No such resource, or one the caller may not see:"
                    + " the one the path names, or one the request refers to by id");
    static final Error CONFLICT = new Error(
            "409",
            "Conflict",
            "Collides with existing data (`conflict`), or the"
                    + " lifecycle forbids the action now (`illegal-transition`, with `currentState` and `action`)");
    static final Error CONTENT_TOO_LARGE =
            new Error("413", "ContentTooLarge", "The body or upload is larger than the limit (`payload-too-large`)");
    static final Error UNSUPPORTED_MEDIA_TYPE =
            new Error("415", "UnsupportedMediaType", "The body is not of the documented content type");
    static final Error UNPROCESSABLE = new Error(
            "422", "UnprocessableContent", "Valid on its own, but refused by a business rule (`rule-violation`)");

    static final List<Error> ALL = List.of(
            BAD_REQUEST,
            UNAUTHORIZED,
            FORBIDDEN,
            NOT_FOUND,
            CONFLICT,
            CONTENT_TOO_LARGE,
            UNSUPPORTED_MEDIA_TYPE,
            UNPROCESSABLE);

    private static final Set<RequestMethod> READS =
            Set.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS);

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        return customize(operation, null, handler);
    }

    @Override
    public Operation customize(Operation operation, Components components, HandlerMethod handler) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean pathVariable = parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
        boolean refersToIds = pathVariable
                || parameters.stream().anyMatch(p -> isUuid(p.getSchema()))
                || body && bodyHasUuid(operation, components);
        boolean secured =
                operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        boolean writes = writes(handler);

        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        addIf(responses, body || !parameters.isEmpty(), BAD_REQUEST);
        addIf(responses, secured, UNAUTHORIZED);
        addIf(responses, secured, FORBIDDEN);
        addIf(responses, refersToIds, NOT_FOUND);
        addIf(responses, writes, CONFLICT);
        addIf(responses, body, CONTENT_TOO_LARGE);
        addIf(responses, body, UNSUPPORTED_MEDIA_TYPE);
        addIf(responses, writes, UNPROCESSABLE);

        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), ResponseStatus.class);
        ApiResponse created = responses.get("201");
        if (status != null
                && status.code() == HttpStatus.CREATED
                && created != null
                && !documents201(handler)
                && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeaderObject(
                    "Location",
                    new Header()
                            .description("where the created resource is read")
                            .required(true)
                            .schema(ApiDocument.typed("string").format("uri-reference")));
        }
        return operation;
    }

    private static void addIf(ApiResponses responses, boolean applies, Error error) {
        if (applies && !responses.containsKey(error.status())) {
            responses.addApiResponse(error.status(), error.reference());
        }
    }

    /** Whether the controller documents its 201 itself ({@code @ApiResponse}): then it says what the 201 carries. */
    private static boolean documents201(HandlerMethod handler) {
        return AnnotatedElementUtils.findMergedRepeatableAnnotations(
                        handler.getMethod(), io.swagger.v3.oas.annotations.responses.ApiResponse.class)
                .stream()
                .anyMatch(response -> "201".equals(response.responseCode()));
    }

    private static boolean writes(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping == null
                || mapping.method().length == 0
                || Arrays.stream(mapping.method()).anyMatch(method -> !READS.contains(method));
    }

    private static boolean bodyHasUuid(Operation operation, Components components) {
        if (operation.getRequestBody().getContent() == null) {
            return false;
        }
        return operation.getRequestBody().getContent().values().stream()
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .map(schema -> resolve(schema, components))
                .filter(schema -> schema != null && schema.getProperties() != null)
                .anyMatch(schema -> schema.getProperties().values().stream().anyMatch(ErrorResponses::isUuid));
    }

    private static Schema<?> resolve(Schema<?> schema, Components components) {
        String ref = schema.get$ref();
        if (ref == null) {
            return schema;
        }
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        return components == null || components.getSchemas() == null
                ? null
                : components.getSchemas().get(name);
    }

    private static boolean isUuid(Schema<?> schema) {
        if (schema == null) {
            return false;
        }
        return "uuid".equals(schema.getFormat()) || schema.getItems() != null && isUuid(schema.getItems());
    }
}
