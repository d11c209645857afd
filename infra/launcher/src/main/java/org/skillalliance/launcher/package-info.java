/**
 * Local infrastructure without Docker, the one launcher that {@code ./alliance} (infra/platform), the tests
 * (infra/test-support), the benchmarks and the drills share. No Spring: it starts processes and waits for them.
 *
 * <ul>
 *   <li>{@link org.skillalliance.launcher.ChildProcess}: a process with its own log, a {@link
 *       org.skillalliance.launcher.HealthCheck} to wait for, stopped or killed with its descendants ({@link
 *       org.skillalliance.launcher.ProcessTree}); waits go through Awaitility.
 *   <li>{@link org.skillalliance.launcher.KafkaBroker}: a KRaft broker in its own JVM, formatted once, launched again
 *       after a kill over the same data.
 *   <li>{@link org.skillalliance.launcher.KeycloakDistribution}: Keycloak unpacked from Maven Central, a home of its
 *       own per server, kc.sh's command and environment; {@link org.skillalliance.launcher.KeycloakTokens}: the token
 *       endpoint's requests (a password grant, the master realm's administrator).
 *   <li>{@link org.skillalliance.launcher.EmbeddedPostgresServer}: embedded PostgreSQL as every local server runs it.
 *   <li>{@link org.skillalliance.launcher.FreePorts}: ports outside the ephemeral range, reserved across JVMs.
 * </ul>
 */
package org.skillalliance.launcher;
