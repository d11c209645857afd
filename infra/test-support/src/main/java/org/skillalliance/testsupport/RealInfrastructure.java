package org.skillalliance.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Gives a Spring test class a real PostgreSQL database of its own (fresh, empty, migrated by the application's Flyway)
 * and the JVM's real Kafka broker: {@code spring.datasource.*} and {@code spring.kafka.bootstrap-servers} point at them
 * (and, with {@code keycloak = true}, {@code skillalliance.security.issuer} at a real Keycloak's realm).
 *
 * <p>Each annotated class gets its own application context and database; the context is closed after the class so
 * that its Kafka listeners stop competing with the next class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface RealInfrastructure {

    /**
     * Also a real Keycloak ({@link TestKeycloak}), with {@code skillalliance.security.issuer} pointing at its realm, for
     * services secured by security-support, and {@code skillalliance.keycloak.admin.base-url} and
     * {@code .client-secret} set for member-service's calls to its admin API.
     */
    boolean keycloak() default false;
}
