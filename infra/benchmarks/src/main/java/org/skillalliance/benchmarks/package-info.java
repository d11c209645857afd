/**
 * The benchmark harness of DESIGN section 8 ({@code ./benchmark}, docs/performance.md): it starts the whole platform
 * through the launcher, loads it over loopback from this JVM (the services, the gateway, Kafka, Keycloak and
 * PostgreSQL are separate processes) and prints each figure beside its anchor measured in the same run. It asserts
 * nothing: the targets are printed next to the figures for the reader.
 */
package org.skillalliance.benchmarks;
