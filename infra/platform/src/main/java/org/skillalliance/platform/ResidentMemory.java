package org.skillalliance.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.LongFunction;
import org.skillalliance.launcher.ProcessTree;

/**
 * Resident memory of the platform's processes: {@code VmRSS} from {@code /proc/<pid>/status} (Linux), summed over a
 * process and its descendants where a part is more than one process (Keycloak's {@code kc.sh} runs its JVM as a child;
 * PostgreSQL runs a process per connection).
 *
 * <p>A sum of RSS counts pages shared between processes once per process, so it overstates PostgreSQL's footprint (its
 * backends share the buffer cache); for the JVMs, one process each, it is exact. The proportional set size ({@code Pss}
 * from {@code /proc/<pid>/smaps_rollup}) charges each shared page to its sharers in equal parts, so it adds up across
 * processes to the memory they really hold together.
 */
public final class ResidentMemory {

    private ResidentMemory() {}

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
        return sumOverTree(root, ResidentMemory::kilobytes);
    }

    /** Proportional set size (Pss) of the process and all its descendants in kB (0 if none can be read). */
    public static long proportionalKilobytesOfTree(ProcessHandle root) {
        return sumOverTree(root, ResidentMemory::proportionalKilobytes);
    }

    private static long sumOverTree(ProcessHandle root, LongFunction<OptionalLong> ofProcess) {
        return ProcessTree.of(root).stream()
                .mapToLong(process -> ofProcess.apply(process.pid()).orElse(0))
                .sum();
    }

    /** Pss of one process in kB; empty if the process is gone, /proc is not there or the kernel has no smaps_rollup. */
    public static OptionalLong proportionalKilobytes(long pid) {
        try {
            return parseField(Files.readString(Path.of("/proc", Long.toString(pid), "smaps_rollup")), "Pss:");
        } catch (IOException | SecurityException goneOrNotLinux) {
            return OptionalLong.empty();
        }
    }

    /** The {@code VmRSS:} line of a {@code /proc/<pid>/status} text, in kB; empty if there is none (kernel threads). */
    static OptionalLong parseVmRss(String procStatus) {
        return parseField(procStatus, "VmRSS:");
    }

    /** The value of the line starting with {@code field} (such as {@code Pss:}) of a /proc text, in kB. */
    static OptionalLong parseField(String procText, String field) {
        for (String line : procText.split("\n")) {
            if (line.startsWith(field)) {
                String[] fields = line.substring(field.length()).trim().split("\\s+");
                long value = Long.parseLong(fields[0]);
                String unit = fields.length > 1 ? fields[1] : "kB";
                return OptionalLong.of(
                        switch (unit) {
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
