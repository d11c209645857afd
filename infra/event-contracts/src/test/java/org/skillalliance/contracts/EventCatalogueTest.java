package org.skillalliance.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue has no orphans (every schema file is registered, every type has a schema and a sample), the schemas are
 * well-formed draft 2020-12 and match their payload records field for field, and no schema carries personal data.
 */
class EventCatalogueTest {

    private static final EventRegistry REGISTRY = EventRegistry.standard();
    private static final String SCHEMA_ID_BASE = "https://schemas.skillalliance.org/events/";
    private static final String ENVELOPE_FILE = "envelope.v1.json";

    /** Property names that would carry personal data. */
    private static final Set<String> PERSONAL_DATA = Set.of(
            "firstName",
            "lastName",
            "fullName",
            "givenName",
            "familyName",
            "displayName",
            "email",
            "emailAddress",
            "phone",
            "phoneNumber",
            "address",
            "street",
            "dateOfBirth",
            "birthDate",
            "birthday",
            "username",
            "personalNumber",
            "taxId",
            "iban");

    /** The only types with a {@code name}: organisational names, never a person's. */
    private static final Set<String> MAY_CARRY_A_NAME = Set.of(
            EventTypes.ALLIANCE_CREATED,
            EventTypes.PROGRAMME_OPENED,
            EventTypes.PROGRAMME_CLOSED,
            EventTypes.COHORT_RESULTS_REPORTED);

    static Stream<String> typeNames() {
        return REGISTRY.typeNames().stream();
    }

    private static Set<String> schemaFilesOnTheClasspath() throws IOException, URISyntaxException {
        URL folder = EventRegistry.class.getClassLoader().getResource(EventRegistry.SCHEMA_FOLDER);
        assertThat(folder).as("schema folder on the classpath").isNotNull();
        assertThat(folder.getProtocol()).isEqualTo("file");
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> file.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = EventRegistry.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return EventJson.MAPPER.readTree(in);
        }
    }

    @Test
    void everySchemaFileIsRegisteredAndEveryTypeHasASchemaAndASample() throws Exception {
        Set<String> registeredFiles = new TreeSet<>();
        for (String typeName : REGISTRY.typeNames()) {
            EventType<?> type = REGISTRY.type(typeName);
            String file = typeName + ".v" + type.schemaVersion() + ".json";
            assertThat(REGISTRY.schemaResource(typeName)).isEqualTo(EventRegistry.SCHEMA_FOLDER + file);
            registeredFiles.add(file);
        }
        registeredFiles.add(ENVELOPE_FILE);

        assertThat(schemaFilesOnTheClasspath()).isEqualTo(registeredFiles);
        assertThat(Samples.all().keySet()).containsExactlyInAnyOrderElementsOf(REGISTRY.typeNames());
    }

    @Test
    void everyTypeNameConstantIsRegisteredAndPublishedOnExactlyOneTopic() throws IllegalAccessException {
        Set<String> constants = new TreeSet<>();
        for (Field field : EventTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        assertThat(constants).isEqualTo(REGISTRY.typeNames());

        List<String> grouped = new ArrayList<>();
        grouped.addAll(EventTypes.MEMBER_EVENTS);
        grouped.addAll(EventTypes.CURRICULUM_EVENTS);
        grouped.addAll(EventTypes.FUNDING_EVENTS);
        assertThat(grouped).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(REGISTRY.typeNames());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeNames")
    void payloadIsARecordNamedAfterTheTypeAndTheSampleIsOne(String typeName) {
        Class<?> payloadClass = REGISTRY.type(typeName).payloadClass();

        assertThat(payloadClass.isRecord()).isTrue();
        assertThat(payloadClass.getSimpleName()).isEqualTo(typeName);
        assertThat(payloadClass.getPackageName()).startsWith("org.skillalliance.contracts.");
        assertThat(Samples.of(typeName)).isInstanceOf(payloadClass);
    }

    @Test
    void schemasAreDraft202012WithAnIdAndValidAgainstTheMetaSchema() throws Exception {
        SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema metaSchema = schemas.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        for (String file : schemaFilesOnTheClasspath()) {
            JsonNode schema = read(EventRegistry.SCHEMA_FOLDER + file);
            assertThat(schema.get("$schema").asString())
                    .as(file)
                    .isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.get("$id").asString()).as(file).isEqualTo(SCHEMA_ID_BASE + file);
            assertThat(schema.get("type").asString()).as(file).isEqualTo("object");
            assertThat(schema.get("description").asString()).as(file).isNotBlank();
            assertThat(metaSchema.validate(schema)).as(file).isEmpty();
            if (!file.equals(ENVELOPE_FILE)) {
                assertThat(schema.get("title").asString()).as(file).isEqualTo(file.substring(0, file.indexOf('.')));
            }
        }
    }

    @Test
    void noSchemaForbidsUnknownFields() throws Exception {
        for (String file : schemaFilesOnTheClasspath()) {
            List<JsonNode> closed = read(EventRegistry.SCHEMA_FOLDER + file).findValues("additionalProperties");
            assertThat(closed).as(file).allMatch(value -> value.isBoolean() && value.asBoolean());
            assertThat(read(EventRegistry.SCHEMA_FOLDER + file).findValues("unevaluatedProperties"))
                    .as(file)
                    .isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeNames")
    void schemaAndRecordHaveTheSameFields(String typeName) throws IOException {
        JsonNode schema = read(REGISTRY.schemaResource(typeName));
        JsonNode sample = EventJson.MAPPER.valueToTree(Samples.of(typeName));

        assertSameFields(typeName, schema, schema, sample);
    }

    /** Walks the sample alongside the schema: every object has exactly the properties its schema declares. */
    private static void assertSameFields(String path, JsonNode root, JsonNode schema, JsonNode value) {
        JsonNode resolved = resolve(root, schema);
        if (value.isObject() && resolved.has("properties")) {
            JsonNode properties = resolved.get("properties");
            assertThat(new TreeSet<>(value.propertyNames()))
                    .as(path)
                    .isEqualTo(new TreeSet<>(properties.propertyNames()));
            for (JsonNode required : resolved.path("required")) {
                assertThat(properties.has(required.asString()))
                        .as(path + " requires " + required)
                        .isTrue();
            }
            for (String name : properties.propertyNames()) {
                assertSameFields(path + "." + name, root, properties.get(name), value.get(name));
            }
        } else if (value.isArray() && resolved.has("items")) {
            for (JsonNode item : value) {
                assertSameFields(path + "[]", root, resolved.get("items"), item);
            }
        }
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            return schema;
        }
        assertThat(ref.asString()).startsWith("#/$defs/");
        return root.at(ref.asString().substring(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeNames")
    void primitivesAreRequiredAndNullablePropertiesAreNotPrimitives(String typeName) throws IOException {
        JsonNode schema = read(REGISTRY.schemaResource(typeName));
        Set<String> required = new HashSet<>();
        schema.get("required").forEach(name -> required.add(name.asString()));

        for (RecordComponent component : REGISTRY.type(typeName).payloadClass().getRecordComponents()) {
            JsonNode property = schema.get("properties").get(component.getName());
            boolean nullable = property.path("type").isArray()
                    && property.path("type").toString().contains("\"null\"");
            if (component.getType().isPrimitive()) {
                assertThat(required)
                        .as(typeName + "." + component.getName() + " is primitive")
                        .contains(component.getName());
            }
            assertThat(nullable && component.getType().isPrimitive())
                    .as(typeName + "." + component.getName() + " may be null in the schema")
                    .isFalse();
            assertThat(nullable)
                    .as(typeName + "." + component.getName() + " nullable xor required")
                    .isNotEqualTo(required.contains(component.getName()));
        }
    }

    @Test
    void noSchemaCarriesPersonalData() throws Exception {
        for (String typeName : REGISTRY.typeNames()) {
            Set<String> names = new TreeSet<>();
            collectPropertyNames(read(REGISTRY.schemaResource(typeName)), names);

            assertThat(names).as(typeName).doesNotContainAnyElementsOf(PERSONAL_DATA);
            if (!MAY_CARRY_A_NAME.contains(typeName)) {
                assertThat(names).as(typeName).doesNotContain("name");
            }
        }
    }

    @Test
    void equityFieldsOnlyWithConsent() throws IOException {
        for (String typeName : List.of(EventTypes.STAFF_REGISTERED, EventTypes.STAFF_CONSENT_CHANGED)) {
            JsonNode schema = read(REGISTRY.schemaResource(typeName));
            assertThat(schema.at("/properties/gender/type").toString()).contains("null");
            assertThat(schema.at("/properties/ageBand/type").toString()).contains("null");
            assertThat(schema.at("/then/properties/gender/type").asString()).isEqualTo("null");
            assertThat(schema.at("/then/properties/ageBand/type").asString()).isEqualTo("null");
        }
    }

    private static void collectPropertyNames(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                names.addAll(properties.propertyNames());
            }
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                collectPropertyNames(child.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectPropertyNames(child, names));
        }
    }
}
