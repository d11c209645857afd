package org.skillalliance.platform;

import java.nio.file.Path;
import java.time.Duration;
import org.skillalliance.launcher.HealthCheck;

/**
 * One part of a running platform as the launcher reports it.
 *
 * @param name              {@code postgres}, {@code kafka}, {@code keycloak}, {@code member-service}, ..., {@code gateway}
 * @param address           where it answers ({@code http://localhost:8080}, {@code localhost:9092},
 *                          {@code jdbc:postgresql://localhost:15432})
 * @param port              its port
 * @param pid               its process (for Keycloak the {@code kc.sh} script, whose child is the JVM)
 * @param coldStart         from launch to healthy
 * @param residentKilobytes resident memory (VmRSS) of the process and its descendants, when the report was made
 * @param health            what tells that it is up
 * @param log               its log file
 */
public record PartReport(
        String name,
        String address,
        int port,
        long pid,
        Duration coldStart,
        long residentKilobytes,
        HealthCheck health,
        Path log) {}
