package org.skillalliance.curriculum.credential;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official Open Badges 3.0 {@code AchievementCredential} JSON schema of 1EdTech
 * ({@code https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json}, shipped as a
 * test resource), with format assertions on (date-times are checked).
 */
final class OpenBadgesSchema {

    static final String RESOURCE = "openbadges/ob_v3p0_achievementcredential_schema.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = load();

    private OpenBadgesSchema() {}

    /** The schema's complaints about a credential document (none when it conforms). */
    static List<String> violations(JsonNode credential) {
        return SCHEMA.validate(credential).stream().map(Error::toString).toList();
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2019_09,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true)
                        .build()));
        try (InputStream in = OpenBadgesSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + RESOURCE), JSON.readTree(in));
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
