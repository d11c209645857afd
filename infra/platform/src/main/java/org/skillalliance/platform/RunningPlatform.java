package org.skillalliance.platform;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The whole platform running on this machine, as {@link Platform#start} returns it: where it answers, what each part
 * took to start and how much memory it holds; {@link #close()} stops it all.
 *
 * <p>Closing stops the gateway and the services together (SIGTERM, their graceful shutdown, SIGKILL after 40 s), then
 * Keycloak, Kafka and PostgreSQL together, and returns when every process is gone. It may be called from another
 * thread (a shutdown hook) while the platform is still starting: what has started is stopped, and the start fails.
 */
public final class RunningPlatform implements AutoCloseable {

    /** Infrastructure first, then what depends on it; stopped in the reverse order. */
    private enum Tier { INFRASTRUCTURE, APPLICATIONS }

    private record Part(String name, String address, int port, Tier tier, Supplier<ProcessHandle> process,
                        HealthCheck health, Path log, Runnable stop) {
    }

    private final PlatformSettings settings;
    private final List<Part> parts = new ArrayList<>();
    private final Map<String, Duration> coldStarts = new LinkedHashMap<>();
    private final List<Runnable> afterClose = new ArrayList<>();
    private Duration coldStart;
    private boolean closed;

    RunningPlatform(PlatformSettings settings) {
        this.settings = settings;
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** Where the gateway, Keycloak and each service answer. */
    public PlatformEndpoints endpoints() {
        Map<String, URI> services = new LinkedHashMap<>();
        for (ServiceJar service : ServiceJar.values()) {
            if (service != ServiceJar.GATEWAY) {
                services.put(service.module(), URI.create(service.baseUrl(settings)));
            }
        }
        return new PlatformEndpoints(URI.create(ServiceJar.GATEWAY.baseUrl(settings)),
                URI.create(KeycloakServer.baseUrl(settings.port(PortSetting.KEYCLOAK))), KeycloakServer.REALM, services);
    }

    /** Every part, infrastructure first, with its resident memory measured now. */
    public synchronized List<PartReport> parts() {
        return parts.stream().map(part -> {
            ProcessHandle process = part.process().get();
            return new PartReport(part.name(), part.address(), part.port(), process.pid(),
                    coldStarts.getOrDefault(part.name(), Duration.ZERO), ResidentMemory.kilobytesOfTree(process),
                    part.health(), part.log());
        }).toList();
    }

    /** From the start of {@link Platform#start} until every part was healthy. */
    public synchronized Duration coldStart() {
        return coldStart;
    }

    /** Resident memory of every process of the platform now, in kB. */
    public long residentKilobytes() {
        return parts().stream().mapToLong(PartReport::residentKilobytes).sum();
    }

    /** Stops everything, applications first, and waits until every process has ended. Safe to call twice. */
    @Override
    public void close() {
        List<Part> stopping;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            stopping = List.copyOf(parts);
        }
        stopTogether(stopping, Tier.APPLICATIONS);
        stopTogether(stopping, Tier.INFRASTRUCTURE);
        afterClose.forEach(Runnable::run);
    }

    synchronized void onClose(Runnable action) {
        afterClose.add(action);
    }

    synchronized boolean isClosed() {
        return closed;
    }

    // ---- used by Platform while starting ----

    void addInfrastructure(EmbeddedDatabase postgres) {
        add(new Part("postgres", "jdbc:postgresql://localhost:" + postgres.port(), postgres.port(), Tier.INFRASTRUCTURE,
                postgres::handle, HealthCheck.tcp(postgres.port()), postgres.log(), postgres::close));
        synchronized (this) {
            coldStarts.put("postgres", postgres.coldStart());
        }
    }

    void addInfrastructure(ChildProcess process, String address, int port) {
        add(new Part(process.name(), address, port, Tier.INFRASTRUCTURE, process::handle, process.health(),
                process.log(), process::stop));
    }

    void addApplication(ChildProcess process, String address, int port) {
        add(new Part(process.name(), address, port, Tier.APPLICATIONS, process::handle, process.health(), process.log(),
                process::stop));
    }

    synchronized void recordColdStarts(Map<String, Duration> measured) {
        coldStarts.putAll(measured);
    }

    synchronized void recordTotalColdStart(Duration total) {
        coldStart = total;
    }

    private void add(Part part) {
        boolean stopAtOnce;
        synchronized (this) {
            stopAtOnce = closed;
            if (!closed) {
                parts.add(part);
            }
        }
        if (stopAtOnce) {
            part.stop().run();
            throw new PlatformStartException("the platform was stopped while it was starting");
        }
    }

    private static void stopTogether(List<Part> parts, Tier tier) {
        List<Thread> stopping = parts.stream()
                .filter(part -> part.tier() == tier)
                .map(part -> Thread.ofPlatform().name("stop-" + part.name()).start(() -> stopQuietly(part)))
                .toList();
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void stopQuietly(Part part) {
        try {
            part.stop().run();
        } catch (RuntimeException e) {
            // one part failing to stop cleanly must not keep the others running; the process tree is killed anyway
            System.err.println("stopping " + part.name() + ": " + e.getMessage());
            ProcessTree.stop(part.process().get(), Duration.ofSeconds(5));
        }
    }
}
