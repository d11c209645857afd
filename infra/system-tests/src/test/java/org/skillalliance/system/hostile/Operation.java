package org.skillalliance.system.hostile;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, its schemas resolved.
 *
 * @param service    the service whose document lists it ({@code member-service}, ...)
 * @param method     {@code GET}, {@code POST}, ...
 * @param path       the path template, e.g. {@code /api/cohorts/{id}/open}
 * @param parameters its path and query parameters
 * @param body       its request body, if it takes one
 */
record Operation(String service, String method, String path, List<Parameter> parameters, Optional<Body> body) {

    Operation {
        parameters = List.copyOf(parameters);
    }

    /** A path or query parameter. */
    record Parameter(String name, String in, boolean required, JsonNode schema) {

        boolean inPath() {
            return "path".equals(in);
        }

        boolean inQuery() {
            return "query".equals(in);
        }
    }

    /**
     * A request body.
     *
     * @param contentType {@code application/json} or {@code multipart/form-data} (the first the document lists)
     * @param schema      its schema, {@code $ref}s resolved
     * @param documented  every content type the document lists for the body (none of them is a wrong one)
     */
    record Body(String contentType, JsonNode schema, boolean required, java.util.Set<String> documented) {

        Body {
            documented = java.util.Set.copyOf(documented);
        }

        boolean json() {
            return contentType.contains("json");
        }
    }

    /** True for a request that may write: everything but GET and HEAD. */
    boolean writes() {
        return !method.equals("GET") && !method.equals("HEAD");
    }

    List<Parameter> pathParameters() {
        return parameters.stream().filter(Parameter::inPath).toList();
    }

    List<Parameter> queryParameters() {
        return parameters.stream().filter(Parameter::inQuery).toList();
    }

    /** {@code POST /api/cohorts/{id}/open}: how findings name it. */
    String name() {
        return method + " " + path;
    }
}
