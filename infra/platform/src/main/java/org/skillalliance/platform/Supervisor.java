package org.skillalliance.platform;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The process that holds a running platform for {@code ./alliance up}: it starts every part (its children), seeds the
 * demo, prints the summary, records the pids, and then stays until it is told to stop (SIGTERM, which
 * {@code ./alliance stop} sends), when it stops every part and exits.
 *
 * <p>{@code ./alliance up} runs it in a new session (its own process group, no terminal), so closing the terminal or
 * pressing Ctrl-C in it later does not touch the platform; its output, the same lines {@code up} shows, is
 * {@code logs/supervisor.log}.
 */
final class Supervisor {

    private static final long WATCH_INTERVAL_MILLIS = 5_000;

    private final PlatformSettings settings;
    private final WorkFolder folder;
    private final boolean seed;
    private final PrintStream out;

    Supervisor(PlatformSettings settings, boolean seed, PrintStream out) {
        this.settings = settings;
        this.folder = new WorkFolder(settings.workFolder());
        this.seed = seed;
        this.out = out;
    }

    /** Starts the platform and keeps it until the JVM is asked to end; returns 1 if the start failed. */
    int run() {
        long self = ProcessHandle.current().pid();
        folder.write(folder.supervisorPid(), self + "\n");
        RunningPlatform platform = new RunningPlatform(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(platform), "alliance-stop"));
        try {
            Platform.startInto(platform, out);
        } catch (RuntimeException e) {
            out.println();
            out.println("The platform did not start: " + e.getMessage());
            folder.write(folder.failedMarker(), e.getMessage() + "\n");
            return 1;
        }
        recordProcesses(platform, self);
        String demo = seed ? seedDemo(platform) : null;
        String sampleCheck = checkSampleCall(platform);
        // the state again: the seed's connections may have started PostgreSQL backends, memory has grown
        recordProcesses(platform, self);
        out.print(Summary.text(
                platform.parts(), platform.coldStart(), platform.endpoints(), settings.logs(), demo, sampleCheck));
        out.printf(
                "%-18s %d, %s (keeps the platform running until ./alliance stop)%n",
                "Supervisor pid",
                self,
                ResidentMemory.describe(ResidentMemory.kilobytes(self).orElse(0)));
        out.flush();
        folder.write(folder.readyMarker(), "ready\n");
        watch(platform);
        return 0;
    }

    private String seedDemo(RunningPlatform platform) {
        out.println("Seeding the demo alliance through the gateway");
        try {
            return DemoSeeding.current().seed(platform.endpoints(), out);
        } catch (RuntimeException e) {
            // the platform is up and usable; say what went wrong and carry on
            out.println("  the demo seed failed: " + e);
            return "The demo seed failed (" + e.getMessage() + "); the platform runs without (all of) its data."
                    + System.lineSeparator() + "See " + folder.supervisorLog() + ".";
        }
    }

    private String checkSampleCall(RunningPlatform platform) {
        try {
            return "GET " + SampleCall.API_PATH + " answered " + SampleCall.check(platform.endpoints());
        } catch (RuntimeException e) {
            out.println("The sample call below did not work just now: " + e.getMessage());
            return null;
        }
    }

    private void recordProcesses(RunningPlatform platform, long self) {
        List<PartReport> parts = platform.parts();
        PlatformState.of(self, parts).write(folder.state());
        for (PartReport part : parts) {
            folder.write(folder.pids().resolve(part.name() + ".pid"), part.pid() + "\n");
        }
    }

    /** Until the JVM ends: notes in the log when a part's process ends on its own. */
    private void watch(RunningPlatform platform) {
        Set<String> reported = new HashSet<>();
        while (!platform.isClosed()) {
            for (PartReport part : platform.parts()) {
                if (ProcessHandle.of(part.pid()).map(ProcessHandle::isAlive).orElse(false)
                        || !reported.add(part.name())) {
                    continue;
                }
                out.println(part.name() + " (pid " + part.pid() + ") has ended on its own; see " + part.log()
                        + ". ./alliance stop, then ./alliance up, starts everything afresh.");
            }
            try {
                Thread.sleep(WATCH_INTERVAL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void stop(RunningPlatform platform) {
        out.println("Stopping the platform");
        platform.close();
        try {
            Files.deleteIfExists(folder.readyMarker());
            Files.deleteIfExists(folder.supervisorPid());
            try (var pidFiles = Files.list(folder.pids())) {
                for (Path pidFile : pidFiles.toList()) {
                    Files.deleteIfExists(pidFile);
                }
            }
        } catch (IOException | RuntimeException notThere) {
            // nothing recorded yet
        }
        out.println("Stopped");
        out.flush();
    }
}
