package org.skillalliance.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * Resident memory of the platform's processes: {@code VmRSS} from {@code /proc/<pid>/status} (Linux), summed over a
 * process and its descendants where a part is more than one process (Keycloak's {@code kc.sh} runs its JVM as a child;
 * PostgreSQL runs a process per connection).
 *
 * <p>A sum of RSS counts pages shared between processes once per process, so it overstates PostgreSQL's footprint (its
 * backends share the buffer cache); for the JVMs, one process each, it is exact.
 */
public final class ResidentMemory {

    private ResidentMemory() {
    }

    /** VmRSS of one process in kB; empty if the process is gone or /proc is not there. */
    public static OptionalLong kilobytes(long pid) {
        try {
            return parseVmRss(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | SecurityException goneOrNotLinux) {
            return OptionalLong.empty();
        }
    }

    /** VmRSS of the process and all its descendants in kB (0 if none can be read). */
    public static long kilobytesOfTree(ProcessHandle root) {
        return ProcessTree.of(root).stream()
                .mapToLong(process -> kilobytes(process.pid()).orElse(0))
                .sum();
    }

    /** The {@code VmRSS:} line of a {@code /proc/<pid>/status} text, in kB; empty if there is none (kernel threads). */
    static OptionalLong parseVmRss(String procStatus) {
        for (String line : procStatus.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                String[] fields = line.substring("VmRSS:".length()).trim().split("\\s+");
                long value = Long.parseLong(fields[0]);
                String unit = fields.length > 1 ? fields[1] : "kB";
                return OptionalLong.of(switch (unit) {
                    case "kB" -> value;
                    case "mB", "MB" -> value * 1024;
                    case "gB", "GB" -> value * 1024 * 1024;
                    default -> throw new IllegalArgumentException("unknown unit in " + line);
                });
            }
        }
        return OptionalLong.empty();
    }

    /** {@code 412 MB} for 421888 kB. */
    public static String describe(long kilobytes) {
        return Math.round(kilobytes / 1024.0) + " MB";
    }
}
