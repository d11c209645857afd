package org.skillalliance.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.skillalliance.launcher.ProcessTree;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the supervisor records about a running platform in {@code platform.json}, for {@code ./alliance status} and
 * {@code ./alliance stop} (which run in other processes).
 *
 * @param supervisorPid the process holding the platform
 * @param parts         infrastructure first
 */
record PlatformState(long supervisorPid, List<RecordedPart> parts) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One part: where it answers and every process it had when it became healthy.
     *
     * @param health an {@code http://} address answering 200, or {@code tcp://localhost:<port>}
     */
    record RecordedPart(
            String name, String address, int port, String health, String log, List<RecordedProcess> processes) {}

    /**
     * A process and when it started, so that a pid the system has since given to another process is never stopped.
     *
     * @param startedAt its start as the system reports it, or null if unknown
     */
    record RecordedProcess(long pid, String startedAt) {

        static RecordedProcess of(ProcessHandle process) {
            return new RecordedProcess(
                    process.pid(),
                    process.info().startInstant().map(Instant::toString).orElse(null));
        }

        /** The process if it is still alive and is the same one (same start time). */
        Optional<ProcessHandle> live() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> startedAt == null
                            || Objects.equals(
                                    startedAt,
                                    process.info()
                                            .startInstant()
                                            .map(Instant::toString)
                                            .orElse(null)));
        }
    }

    static PlatformState of(long supervisorPid, List<PartReport> parts) {
        return new PlatformState(
                supervisorPid,
                parts.stream()
                        .map(part -> new RecordedPart(
                                part.name(),
                                part.address(),
                                part.port(),
                                part.health().toString(),
                                part.log().toString(),
                                ProcessHandle.of(part.pid())
                                        .map(root -> ProcessTree.of(root).stream()
                                                .map(RecordedProcess::of)
                                                .toList())
                                        .orElse(List.of())))
                        .toList());
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    static Optional<PlatformState> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readString(file), PlatformState.class));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /** Every recorded process still alive. */
    List<ProcessHandle> liveProcesses() {
        return parts.stream()
                .flatMap(part -> part.processes().stream())
                .flatMap(process -> process.live().stream())
                .toList();
    }
}
