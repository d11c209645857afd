package org.skillalliance.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files {@code ./alliance} keeps in the work folder ({@code .alliance/} by default) next to the platform's
 * {@code data/} and {@code logs/}:
 * <ul>
 *   <li>{@code supervisor.pid}: the supervisor process that holds the platform;</li>
 *   <li>{@code pids/<part>.pid}: each part's process;</li>
 *   <li>{@code platform.json}: the parts, their processes, ports and health checks ({@link PlatformState}), for
 *       {@code status} and {@code stop};</li>
 *   <li>{@code ready} or {@code failed}: how the supervisor's start ended, for {@code up} to stop waiting.</li>
 * </ul>
 */
record WorkFolder(Path root) {

    Path logs() {
        return root.resolve("logs");
    }

    Path supervisorLog() {
        return logs().resolve("supervisor.log");
    }

    Path supervisorPid() {
        return root.resolve("supervisor.pid");
    }

    Path pids() {
        return root.resolve("pids");
    }

    Path state() {
        return root.resolve("platform.json");
    }

    Path readyMarker() {
        return root.resolve("ready");
    }

    Path failedMarker() {
        return root.resolve("failed");
    }

    /** The supervisor's process if its pid file names one that is alive and is a supervisor of this folder. */
    Optional<ProcessHandle> liveSupervisor() {
        return readPid(supervisorPid())
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> PlatformProcesses.belongsTo(process, root));
    }

    void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** The number on the first line of a pid file. */
    static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(
                    Files.readString(file).lines().findFirst().orElse("").strip()));
        } catch (IOException | NumberFormatException missingOrGarbled) {
            return Optional.empty();
        }
    }
}
