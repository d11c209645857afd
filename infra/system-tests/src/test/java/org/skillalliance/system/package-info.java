/**
 * System tests: the whole platform started by {@code ./alliance up} itself (the services from their packaged jars,
 * embedded PostgreSQL, a Kafka broker, Keycloak, the gateway), shared by the classes that need it
 * ({@code SharedPlatform}) and driven through the gateway's public HTTP APIs only, then stopped by
 * {@code ./alliance stop} ({@code AllianceUpStopIT}); and checks of the deployment files. Services run as processes
 * of their own, killed and restarted, in infra/process-tests.
 */
package org.skillalliance.system;
