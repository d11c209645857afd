package org.skillalliance.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Wires {@link RealInfrastructure} test classes to the JVM's PostgreSQL server and Kafka broker, handed to Spring Boot
 * as {@code ConnectionDetails} beans the way Boot's {@code @ServiceConnection} hands over a container (and to its
 * Keycloak and mail server, through properties).
 */
public final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    static final String DATABASE_BEAN = "realInfrastructureJdbcConnectionDetails";
    static final String BROKER_BEAN = "realInfrastructureKafkaConnectionDetails";

    /** Boot's Kafka support, which a module without Kafka (and so without a broker to hand over) lacks. */
    private static final boolean BOOT_KAFKA_PRESENT = ClassUtils.isPresent(
            "org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails",
            RealInfrastructureContextCustomizerFactory.class.getClassLoader());

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
     * Spring's context cache gives them one. The database and the broker it registers are no part of that equality: a
     * context gets a fresh database when it is built, whichever class builds it.
     */
    private record RealInfrastructureCustomizer(Class<?> ownClass, boolean keycloak) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
            if (!(context.getBeanFactory() instanceof BeanDefinitionRegistry registry)) {
                throw new IllegalStateException("@RealInfrastructure registers its connections as bean definitions,"
                        + " which " + context.getBeanFactory().getClass().getName() + " does not take");
            }
            DatabaseCoordinates database =
                    TestPostgres.instance().freshDatabase(ownClass == null ? "shared" : ownClass.getSimpleName());
            register(
                    registry,
                    DATABASE_BEAN,
                    RealDatabaseConnectionDetails.class,
                    () -> new RealDatabaseConnectionDetails(database));
            if (BOOT_KAFKA_PRESENT) {
                register(
                        registry,
                        BROKER_BEAN,
                        RealBrokerConnectionDetails.class,
                        RealBrokerConnectionDetails::ofTheTestJvm);
            }
            if (keycloak) {
                context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("realInfrastructure", keycloakAndMailProperties()));
            }
        }

        /**
         * What has no {@code ConnectionDetails} of Boot's: the realm security-support trusts, the Keycloak admin API
         * member-service calls, and (member-service's notifications) the mail server the test realm's Keycloak uses.
         */
        private static Map<String, Object> keycloakAndMailProperties() {
            TestKeycloak realm = TestKeycloak.instance();
            Map<String, Object> properties = new HashMap<>();
            properties.put("skillalliance.security.issuer", realm.issuer());
            properties.put("skillalliance.keycloak.admin.base-url", realm.baseUrl());
            properties.put("skillalliance.keycloak.admin.realm", realm.realm());
            properties.put("skillalliance.keycloak.admin.client-secret", realm.memberServiceClientSecret());
            properties.put("spring.mail.host", TestMail.instance().host());
            properties.put("spring.mail.port", TestMail.instance().port());
            return properties;
        }

        /**
         * As Boot's {@code ConnectionDetailsRegistrar} registers a container's connection: a bean whose type Boot's
         * {@code @ConditionalOnMissingBean(JdbcConnectionDetails.class)} (and Kafka's) finds before it is created, so
         * that Boot builds no connection of its own from {@code spring.datasource.*} or {@code spring.kafka.*}.
         */
        private static <T> void register(
                BeanDefinitionRegistry registry, String name, Class<T> type, Supplier<? extends T> connection) {
            registry.registerBeanDefinition(name, new RootBeanDefinition(type, connection::get));
        }
    }
}
