package org.skillalliance.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.FreePorts;
import org.skillalliance.launcher.HealthCheck;
import org.skillalliance.launcher.JavaCommand;

/**
 * One of the platform's services running as its own JVM from its packaged jar, as in production: started, asked for
 * readiness over HTTP ({@code /readyz} on its port), killed, started again on the same ports. For tests that need
 * several real services talking. Each gets a free port for its API and another for its management server
 * ({@code management.server.port}: actuator, {@code /actuator/prometheus}).
 */
public final class ServiceProcess implements AutoCloseable {

    /** About 20 s on a quiet machine; with several builds on 2 cores (load average 20) the gateway took over 2 min. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(6);

    private final String name;
    private final Path jar;
    private final int port;
    private final int managementPort;
    private final List<String> arguments;
    private final Path log;
    /** Volatile so that {@link #close} reaches a process still starting, which {@code start()}'s lock holds. */
    private volatile ChildProcess process;
    /** Set by {@link #close}: a start that launches after it kills what it launched at once. */
    private volatile boolean closed;

    private ServiceProcess(String name, Path jar, int port, int managementPort, List<String> arguments) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.managementPort = managementPort;
        this.arguments = List.copyOf(arguments);
        try {
            this.log = Files.createTempFile(name + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the service's jar on a free port (and its management server on another) with the given Spring properties
     * ({@code name=value}) and waits until it is ready.
     */
    public static ServiceProcess start(String name, Path jar, String... properties) {
        ServiceProcess service = prepare(name, jar, properties);
        service.start();
        return service;
    }

    /**
     * {@link #start(String, Path, String...)} without the start: its ports taken, so that a shutdown hook can be given
     * {@link #close} before a start in the background begins.
     */
    public static ServiceProcess prepare(String name, Path jar, String... properties) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package " + name + " first (./mvnw package)");
        }
        return new ServiceProcess(name, jar, FreePorts.take(), FreePorts.take(), List.of(properties));
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The management server's port: actuator's endpoints, {@code /actuator/prometheus} among them. */
    public int managementPort() {
        return managementPort;
    }

    /** {@code http://localhost:<management port>}. */
    public String managementUrl() {
        return "http://localhost:" + managementPort;
    }

    public Path log() {
        return log;
    }

    /** Starts it again (same ports, same properties) and waits until it is ready. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(
                JavaCommand.java(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort));
        arguments.forEach(argument -> command.add("--" + argument));
        process = ChildProcess.launch(
                name, command, Map.of(), log, HealthCheck.http(baseUrl() + "/readyz"), Duration.ofSeconds(30), true);
        if (closed) {
            // closed (a JVM ending) between the launch and the line above: close() saw no process to kill
            process.kill();
            throw new IllegalStateException(name + " was closed while it started");
        }
        process.awaitHealthy(READY_TIMEOUT);
    }

    /** Kills it the hard way (SIGKILL). */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    /** Kills it the hard way (SIGKILL), also while a start waits for it to be ready (a JVM ending meanwhile). */
    @Override
    public void close() {
        closed = true;
        ChildProcess running = process;
        if (running != null) {
            running.kill();
        }
    }
}
