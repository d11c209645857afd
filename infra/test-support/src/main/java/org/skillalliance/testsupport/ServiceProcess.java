package org.skillalliance.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One of the platform's services running as its own JVM from its packaged jar, as in production: started, asked for
 * readiness over HTTP ({@code /readyz} on its port), killed, started again on the same ports. For tests that need
 * several real services talking. Each gets a free port for its API and another for its management server
 * ({@code management.server.port}: actuator, {@code /actuator/prometheus}).
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final int port;
    private final int managementPort;
    private final List<String> arguments;
    private final Path log;
    private Process process;

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
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package " + name + " first (./mvnw package)");
        }
        int port = ChildProcesses.freePort();
        int managementPort = ChildProcesses.freePort();
        while (managementPort == port) {
            managementPort = ChildProcesses.freePort();
        }
        ServiceProcess service = new ServiceProcess(name, jar, port, managementPort, List.of(properties));
        service.start();
        return service;
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
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--management.server.port=" + managementPort));
        arguments.forEach(argument -> command.add("--" + argument));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        // about 20 s on a quiet machine; with several builds on 2 cores (load average 20) the gateway took over 2
        // minutes
        awaitReady(Duration.ofMinutes(6));
    }

    /** Kills it the hard way (SIGKILL). */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitReady(Duration timeout) {
        ChildProcesses.awaitHttpOk(URI.create(baseUrl() + "/readyz"), process, timeout, name, log);
    }
}
