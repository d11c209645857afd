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
 * readiness over HTTP, killed, started again on the same port. For tests that need several real services talking.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path jar;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    private ServiceProcess(String name, Path jar, int port, List<String> arguments) {
        this.name = name;
        this.jar = jar;
        this.port = port;
        this.arguments = List.copyOf(arguments);
        try {
            this.log = Files.createTempFile(name + "-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the service's jar on a free port with the given Spring properties ({@code name=value}) and waits until it
     * is ready.
     */
    public static ServiceProcess start(String name, Path jar, String... properties) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " does not exist: package " + name + " first (./mvnw package)");
        }
        ServiceProcess service = new ServiceProcess(name, jar, ChildProcesses.freePort(), List.of(properties));
        service.start();
        return service;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path log() {
        return log;
    }

    /** Starts it again (same port, same properties) and waits until it is ready. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        arguments.forEach(argument -> command.add("--" + argument));
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        // about 20 s on a quiet machine; with several builds on 2 cores (load average 20) the gateway took over 2 minutes
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
        ChildProcesses.awaitHttpOk(URI.create(baseUrl() + "/actuator/health/readiness"), process, timeout, name, log);
    }

}
