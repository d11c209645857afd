package org.skillalliance.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test class a real PostgreSQL database (fresh, empty, migrated by the application's Flyway) and the
 * JVM's real Kafka broker, handed to Spring Boot as {@code JdbcConnectionDetails} and {@code KafkaConnectionDetails}
 * beans, as Boot's {@code @ServiceConnection} hands over a container: Boot's DataSource, Flyway and Kafka factories
 * connect to them whatever {@code spring.datasource.*} and {@code spring.kafka.bootstrap-servers} say (and, with
 * {@code keycloak = true}, {@code skillalliance.security.issuer} points at a real Keycloak's realm).
 *
 * <p>By default each annotated class gets its own application context and database; the context is closed after the
 * class so that its Kafka listeners stop competing with the next class ({@link RealInfrastructureContextClosing}).
 * With {@code shareContext = true} the class shares both with the test JVM's other sharing classes of the same
 * configuration.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

    /**
     * Also a real Keycloak ({@link TestKeycloak}), with {@code skillalliance.security.issuer} pointing at its realm, for
     * services secured by security-support, and {@code skillalliance.keycloak.admin.base-url} and
     * {@code .client-secret} set for member-service's calls to its admin API.
     */
    boolean keycloak() default false;

    /**
     * One application context and one database for every class of the test JVM that shares and declares the same
     * configuration (Spring's context cache: the same {@code @SpringBootTest} settings, properties, beans, profiles and
     * {@code keycloak}), kept open between them, instead of one started and migrated for each class. Starting a
     * service's context (Flyway, Kafka listeners, web server) is most of what a service's integration tests cost.
     *
     * <p>A sharing class must not need an empty database: it makes its own data (random ids) and reads only that,
     * and counts rows only before and after an action of its own. While a class of its own runs, Spring pauses the
     * shared context (its Kafka listeners and the outbox relay stop, so they take nothing of the other's) and restarts
     * it when a sharing class runs again.
     */
    boolean shareContext() default false;
}
