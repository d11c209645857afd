/**
 * The whole platform on one machine, as {@code ./alliance up} runs it: embedded PostgreSQL with one database per
 * service, a Kafka broker in its own JVM, Keycloak from its Maven Central distribution with the realm imported, the four
 * services and the gateway from their jars, extracted and with the JDK's startup cache that a jar's first start trains
 * ({@link org.skillalliance.platform.StartupCache}); health waits, status, logs and a clean stop. The processes,
 * servers and waits themselves are infra/launcher's ({@code org.skillalliance.launcher}), shared with the tests.
 */
package org.skillalliance.platform;
