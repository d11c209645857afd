package org.skillalliance.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Wires {@link RealInfrastructure} test classes to the JVM's PostgreSQL server and Kafka broker (and its Keycloak).
 */
public final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        var annotation = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .get(RealInfrastructure.class);
        return annotation.isPresent()
                ? new RealInfrastructureCustomizer(
                        annotation.getBoolean("shareContext") ? null : testClass, annotation.getBoolean("keycloak"))
                : null;
    }

    /**
     * Equal only for the same test class when the class has a context of its own ({@code ownClass}), so that no two
     * such classes share a context and a database; equal for every sharing class ({@code ownClass} null), so that
     * Spring's context cache gives them one.
     */
    private record RealInfrastructureCustomizer(Class<?> ownClass, boolean keycloak) implements ContextCustomizer {

        @Override
        public void customizeContext(
                org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            DatabaseCoordinates database =
                    TestPostgres.instance().freshDatabase(ownClass == null ? "shared" : ownClass.getSimpleName());
            Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                    "spring.datasource.url", database.jdbcUrl(),
                    "spring.datasource.username", database.username(),
                    "spring.datasource.password", database.password(),
                    "spring.kafka.bootstrap-servers", TestKafka.instance().bootstrapServers()));
            if (keycloak) {
                TestKeycloak realm = TestKeycloak.instance();
                properties.put("skillalliance.security.issuer", realm.issuer());
                // member-service's invitations: Keycloak's admin API, as the realm's member-service client
                properties.put("skillalliance.keycloak.admin.base-url", realm.baseUrl());
                properties.put("skillalliance.keycloak.admin.realm", realm.realm());
                properties.put("skillalliance.keycloak.admin.client-secret", realm.memberServiceClientSecret());
                // member-service's notifications: the same SMTP server the test realm's Keycloak sends to
                properties.put("spring.mail.host", TestMail.instance().host());
                properties.put("spring.mail.port", TestMail.instance().port());
            }
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("realInfrastructure", properties));
        }
    }
}
