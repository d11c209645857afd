package org.skillalliance.platform;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.HealthCheck;
import org.skillalliance.launcher.ProcessTree;

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
    private enum Tier {
        INFRASTRUCTURE,
        APPLICATIONS
    }

    /**
     * How a part is run: where its process is now, how to stop it gracefully, how to kill it, and how to start it again
     * (null for a part that cannot be started again on its own).
     */
    private interface Life {
        ProcessHandle process();

        void stop();

        void kill();

        /** Starts the part again and returns once it is healthy, with the time that took. */
        Duration startAgain(Duration timeout, PrintStream progress, BooleanSupplier closed);

        boolean restartable();
    }

    private record Part(String name, String address, int port, Tier tier, Life life, HealthCheck health, Path log) {

        Supplier<ProcessHandle> process() {
            return life::process;
        }

        Runnable stop() {
            return life::stop;
        }
    }

    /** A part run as a {@link ChildProcess}; the process changes when it is started again. */
    private static final class ChildLife implements Life {

        private final Supplier<ChildProcess> relaunch;
        private volatile ChildProcess current;

        ChildLife(ChildProcess first, Supplier<ChildProcess> relaunch) {
            this.current = first;
            this.relaunch = relaunch;
        }

        @Override
        public ProcessHandle process() {
            return current.handle();
        }

        @Override
        public void stop() {
            current.stop();
        }

        @Override
        public void kill() {
            current.kill();
        }

        @Override
        public synchronized Duration startAgain(Duration timeout, PrintStream progress, BooleanSupplier closed) {
            ChildProcess next = relaunch.get();
            current = next;
            return StartupWait.untilHealthy(List.of(next), timeout, progress, closed)
                    .get(next.name());
        }

        @Override
        public boolean restartable() {
            return relaunch != null;
        }
    }

    /** PostgreSQL: one server, every service's database in it. */
    private record DatabaseLife(EmbeddedDatabase postgres) implements Life {

        @Override
        public ProcessHandle process() {
            return postgres.handle();
        }

        @Override
        public void stop() {
            postgres.close();
        }

        @Override
        public void kill() {
            postgres.kill();
        }

        @Override
        public Duration startAgain(Duration timeout, PrintStream progress, BooleanSupplier closed) {
            Duration took = postgres.restart();
            progress.printf("  %-20s healthy after %s%n", "postgres", Durations.seconds(took));
            return took;
        }

        @Override
        public boolean restartable() {
            return true;
        }
    }

    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(3);

    private final PlatformSettings settings;
    private final List<Part> parts = new ArrayList<>();
    private final Map<String, Duration> coldStarts = new LinkedHashMap<>();
    private final List<Runnable> afterClose = new ArrayList<>();
    private Duration coldStart;
    private boolean trainedStartupCaches;
    private boolean closed;

    RunningPlatform(PlatformSettings settings) {
        this.settings = settings;
    }

    public PlatformSettings settings() {
        return settings;
    }

    /** Where the gateway, Keycloak and each service answer. */
    public PlatformEndpoints endpoints() {
        return PlatformEndpoints.of(settings);
    }

    /** Every part, infrastructure first, with its resident memory measured now. */
    public synchronized List<PartReport> parts() {
        return parts.stream()
                .map(part -> {
                    ProcessHandle process = part.process().get();
                    return new PartReport(
                            part.name(),
                            part.address(),
                            part.port(),
                            process.pid(),
                            coldStarts.getOrDefault(part.name(), Duration.ZERO),
                            ResidentMemory.kilobytesOfTree(process),
                            part.health(),
                            part.log());
                })
                .toList();
    }

    /** From the start of {@link Platform#start} until every part was healthy. */
    public synchronized Duration coldStart() {
        return coldStart;
    }

    /** Resident memory of every process of the platform now, in kB. */
    public long residentKilobytes() {
        return parts().stream().mapToLong(PartReport::residentKilobytes).sum();
    }

    /**
     * The parts {@link #restart} can start again on their own: PostgreSQL, Kafka, the four services and the gateway
     * (not Keycloak, whose realm lives in memory and would be imported afresh, with a new client secret).
     */
    public synchronized List<String> restartableParts() {
        return parts.stream()
                .filter(part -> part.life().restartable())
                .map(Part::name)
                .toList();
    }

    /**
     * Kills one part as a crash would: SIGKILL to its process and all its descendants at once (for PostgreSQL the
     * postmaster and every backend, so no shutdown checkpoint is written). Returns when they have all ended. The rest
     * of the platform keeps running and sees the part vanish; {@link #restart} brings it back.
     *
     * @param part {@code postgres}, {@code kafka}, {@code member-service}, ..., {@code gateway}
     */
    public void kill(String part) {
        find(part).life().kill();
    }

    /**
     * Starts one part again, on the same port over the same data (Kafka: the same log dirs, so topics, offsets and
     * consumer positions survive; PostgreSQL: the same cluster, which recovers from its write-ahead log; a service or
     * the gateway: the same jar and configuration), and waits until it is healthy again. A part still running is killed
     * first. Its log is appended to, not replaced.
     *
     * @return from the launch to healthy
     * @throws IllegalArgumentException for an unknown part, and for Keycloak (not in {@link #restartableParts()})
     * @throws PlatformStartException  if it exits or is not healthy within 3 minutes
     */
    public Duration restart(String part) {
        return restart(part, new PrintStream(OutputStream.nullOutputStream()));
    }

    /** As {@link #restart(String)}, printing a line when the part is healthy again. */
    public Duration restart(String part, PrintStream progress) {
        Part found = find(part);
        if (!found.life().restartable()) {
            throw new IllegalArgumentException(part
                    + " cannot be started again on its own (its realm lives in memory and"
                    + " would be imported afresh, with new client secrets); parts that can: " + restartableParts());
        }
        if (found.life().process().isAlive()) {
            found.life().kill();
        }
        return found.life().startAgain(RESTART_TIMEOUT, progress, this::isClosed);
    }

    /** True if the part's process is alive right now (it may not be healthy yet). */
    public boolean isAlive(String part) {
        return find(part).life().process().isAlive();
    }

    private synchronized Part find(String name) {
        if (closed) {
            throw new IllegalStateException("the platform is closed");
        }
        return parts.stream()
                .filter(part -> part.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no part called " + name + "; the parts are "
                        + parts.stream().map(Part::name).toList()));
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
        add(new Part(
                "postgres",
                "jdbc:postgresql://localhost:" + postgres.port(),
                postgres.port(),
                Tier.INFRASTRUCTURE,
                new DatabaseLife(postgres),
                HealthCheck.tcp(postgres.port()),
                postgres.log()));
        synchronized (this) {
            coldStarts.put("postgres", postgres.coldStart());
        }
    }

    void addInfrastructure(ChildProcess process, String address, int port) {
        addInfrastructure(process, address, port, null);
    }

    /** @param relaunch starts the part again over its existing data (null: it cannot be started again alone) */
    void addInfrastructure(ChildProcess process, String address, int port, Supplier<ChildProcess> relaunch) {
        add(new Part(
                process.name(),
                address,
                port,
                Tier.INFRASTRUCTURE,
                new ChildLife(process, relaunch),
                process.health(),
                process.log()));
    }

    void addApplication(ChildProcess process, String address, int port) {
        addApplication(process, address, port, null);
    }

    /** @param relaunch starts the application again with the same configuration */
    void addApplication(ChildProcess process, String address, int port, Supplier<ChildProcess> relaunch) {
        add(new Part(
                process.name(),
                address,
                port,
                Tier.APPLICATIONS,
                new ChildLife(process, relaunch),
                process.health(),
                process.log()));
    }

    synchronized void recordColdStarts(Map<String, Duration> measured) {
        coldStarts.putAll(measured);
    }

    synchronized void recordTotalColdStart(Duration total) {
        coldStart = total;
    }

    synchronized void recordStartupCacheTraining() {
        trainedStartupCaches = true;
    }

    /**
     * True when this start trained a startup cache first (the first start of a jar on this JDK, {@link StartupCache}):
     * its {@link #coldStart()} then includes the training runs, which every later start of the same jars skips.
     */
    public synchronized boolean trainedStartupCaches() {
        return trainedStartupCaches;
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
