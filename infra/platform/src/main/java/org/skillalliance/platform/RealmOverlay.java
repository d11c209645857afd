package org.skillalliance.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realm the local platform's Keycloak imports: the production export ({@code infra/keycloak/skill-alliance-realm.json})
 * with the demo overlay ({@code infra/keycloak/demo/demo-overlay.json}) merged in, so that the production export never
 * holds demo users or the password grant.
 *
 * <p>How an overlay is merged into the realm:
 * <ul>
 *   <li>objects field by field, recursively;</li>
 *   <li>lists of named objects (an element has {@code clientId}, {@code username}, {@code name} or {@code alias}): an
 *       overlay element is merged into the realm's element of the same name, or added if there is none;</li>
 *   <li>every other value, other lists included, replaces the realm's.</li>
 * </ul>
 * Placeholders such as {@code ${MEMBER_SERVICE_CLIENT_SECRET}} are left alone: Keycloak resolves them from its
 * environment when it imports the realm.
 */
public final class RealmOverlay {

    /** The fields that name an element of a list in a realm representation. */
    static final List<String> IDENTITY_FIELDS = List.of("clientId", "username", "name", "alias");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RealmOverlay() {}

    /** The production export with the demo overlay merged in, as JSON text for Keycloak's import. */
    public static String demoRealm(PlatformSettings settings) {
        return merge(read(settings.realmExport()), read(settings.demoRealmOverlay()))
                .toPrettyString();
    }

    /** A merged copy; neither argument is changed. */
    static JsonNode merge(JsonNode realm, JsonNode overlay) {
        JsonNode copy = realm.deepCopy();
        mergeInto(copy, overlay);
        return copy;
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }

    private static void mergeInto(JsonNode target, JsonNode overlay) {
        if (!(target instanceof ObjectNode targetObject) || !overlay.isObject()) {
            throw new IllegalArgumentException("an overlay merges objects into objects");
        }
        for (Map.Entry<String, JsonNode> field : overlay.properties()) {
            JsonNode existing = targetObject.get(field.getKey());
            JsonNode value = field.getValue();
            if (existing != null && existing.isObject() && value.isObject()) {
                mergeInto(existing, value);
            } else if (existing instanceof ArrayNode list && isListOfNamedObjects(value)) {
                mergeNamedElements(list, value);
            } else {
                targetObject.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeNamedElements(ArrayNode list, JsonNode overlayElements) {
        for (JsonNode element : overlayElements) {
            String identityField = identityField(element).orElseThrow();
            String identity = element.get(identityField).asString();
            Optional<JsonNode> same = list.valueStream()
                    .filter(candidate -> candidate.has(identityField)
                            && identity.equals(candidate.get(identityField).asString()))
                    .findFirst();
            if (same.isPresent()) {
                mergeInto(same.get(), element);
            } else {
                list.add(element.deepCopy());
            }
        }
    }

    private static boolean isListOfNamedObjects(JsonNode value) {
        return value.isArray()
                && !value.isEmpty()
                && value.valueStream()
                        .allMatch(element ->
                                element.isObject() && identityField(element).isPresent());
    }

    private static Optional<String> identityField(JsonNode element) {
        return IDENTITY_FIELDS.stream()
                .filter(field -> element.path(field).isString())
                .findFirst();
    }
}
