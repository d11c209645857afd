package org.skillalliance.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * Recognises the processes of one platform by their command lines, so that {@code ./alliance stop} can leave nothing
 * behind even when the supervisor died before it recorded them: every JVM the launcher starts carries
 * {@code -Dalliance.work=<work folder>}, Keycloak {@code -Dkc.home.dir=<work folder>/data/keycloak}, PostgreSQL
 * {@code -D <work folder>/data/postgres}, Prometheus {@code --config.file=<work folder>/data/prometheus/prometheus.yml}.
 */
final class PlatformProcesses {

    /** The system property that marks a JVM as part of the platform in the given work folder. */
    static final String MARKER_PROPERTY = "alliance.work";

    private PlatformProcesses() {}

    /** The JVM option that marks a process as belonging to the platform in {@code workFolder}. */
    static String marker(Path workFolder) {
        return "-D" + MARKER_PROPERTY + "=" + workFolder;
    }

    /** Every live process of the platform in {@code workFolder} except this one. */
    static List<ProcessHandle> of(Path workFolder) {
        long self = ProcessHandle.current().pid();
        return ProcessHandle.allProcesses()
                .filter(process -> process.pid() != self)
                .filter(process -> belongsTo(process, workFolder))
                .toList();
    }

    static boolean belongsTo(ProcessHandle process, Path workFolder) {
        return process.info()
                .commandLine()
                .map(line -> belongsTo(line, workFolder))
                .orElse(false);
    }

    /** True for a command line of the platform in {@code workFolder} (only the launcher's own markers count). */
    static boolean belongsTo(String commandLine, Path workFolder) {
        String folder = workFolder.toString();
        return commandLine.contains(marker(workFolder) + " ")
                || commandLine.endsWith(marker(workFolder))
                || commandLine.contains("-Dkc.home.dir=" + folder + "/")
                || commandLine.contains("postgres -D " + folder + "/")
                || commandLine.contains("-D " + folder + "/data/postgres")
                || commandLine.contains("--config.file=" + folder + "/data/prometheus/");
    }
}
