package org.skillalliance.system.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Ids and sample values of the seeded platform, harvested from what its list and detail operations answer, so that
 * the valid parts of a hostile request refer to things that exist ({@code cohortId} a real cohort) and carry values
 * the services take (a real country code, a real ISCO code).
 *
 * <p>Ids are filed under the name a parameter or property would give them: an item's {@code id} in the answer to
 * {@code GET /api/cohorts} (or {@code /api/cohorts/{id}}) under {@code cohortId}, every {@code somethingId} property
 * under its own name. Other scalar properties are kept as samples by name.
 */
final class RealData {

    private static final Set<String> PAGE_PROPERTIES = Set.of("content", "items", "data", "results", "page");

    private final Map<String, Set<UUID>> idsByName = new LinkedHashMap<>();
    private final Map<String, List<JsonNode>> samplesByName = new LinkedHashMap<>();

    /** Files an id the test knows from elsewhere (the demo seed's programme). */
    void addId(String name, UUID id) {
        idsByName.computeIfAbsent(name, key -> new LinkedHashSet<>()).add(id);
    }

    /** Takes in every id and scalar of an answer to {@code GET path}. */
    void harvest(String pathTemplate, JsonNode answer) {
        walk(resourceIdName(pathTemplate), null, answer);
    }

    private void walk(String idName, String name, JsonNode node) {
        if (node.isArray()) {
            node.forEach(item -> walk(idName, name, item));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                walk(
                        nestedIdName(idName, property.getKey(), property.getValue()),
                        property.getKey(),
                        property.getValue());
            }
        } else if (name != null && node.isString() && isUuid(node.asString())) {
            addId(name.equals("id") ? idName : name, UUID.fromString(node.asString()));
        } else if (name != null && !node.isNull()) {
            List<JsonNode> samples = samplesByName.computeIfAbsent(name, key -> new ArrayList<>());
            if (samples.size() < 5 && !samples.contains(node)) {
                samples.add(node);
            }
        }
    }

    /**
     * Nested objects are other resources (an enrolment's {@code cohort}, a course's {@code skills}): their own ids are
     * not this resource's. A page's {@code content} or {@code items} holds the resource itself.
     */
    private static String nestedIdName(String idName, String property, JsonNode value) {
        boolean ofObjects = value.isObject()
                || value.isArray() && !value.isEmpty() && value.get(0).isObject();
        if (!ofObjects || PAGE_PROPERTIES.contains(property)) {
            return idName;
        }
        return singular(property) + "Id";
    }

    /** A real id for a parameter or property of that name, if one was seen. */
    Optional<UUID> id(String name) {
        Set<UUID> ids = idsByName.get(name);
        return ids == null || ids.isEmpty()
                ? Optional.empty()
                : Optional.of(ids.iterator().next());
    }

    /** A real id for a path parameter: {@code {id}} in {@code /api/cohorts/{id}/open} is a cohort's. */
    Optional<UUID> idForPath(String pathTemplate, String parameter) {
        if (!parameter.equals("id")) {
            return id(parameter);
        }
        String before = pathTemplate.substring(0, pathTemplate.indexOf("{id}"));
        return id(resourceIdName(before));
    }

    /** Values a property of that name had in the platform's answers. */
    List<JsonNode> samples(String name) {
        return samplesByName.getOrDefault(name, List.of());
    }

    /** How many ids are known, by name: for the test's log. */
    Map<String, Integer> idCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        idsByName.forEach((name, ids) -> counts.put(name, ids.size()));
        return counts;
    }

    /** {@code /api/cost-shares/{id}} and {@code /api/cost-shares} to {@code costShareId}. */
    static String resourceIdName(String pathTemplate) {
        String[] segments = pathTemplate.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String segment = segments[i];
            if (!segment.isEmpty() && !segment.startsWith("{") && !segment.equals("api")) {
                return singular(camel(segment)) + "Id";
            }
        }
        return "id";
    }

    private static String camel(String segment) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : segment.toCharArray()) {
            if (c == '-' || c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static String singular(String plural) {
        return plural.endsWith("s") && !plural.endsWith("ss") ? plural.substring(0, plural.length() - 1) : plural;
    }

    static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }
}
