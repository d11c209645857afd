package org.skillalliance.benchmarks;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time (user + system) of the platform's processes, to tell what one request costs each of them whatever the
 * machine's load: {@link ProcessHandle.Info#totalCpuDuration()}, which on Linux is {@code utime + stime} of
 * {@code /proc/<pid>/stat} in clock ticks (10 ms each), summed over the process and its descendants. Read before and
 * after a measured window; the difference divided by the window's requests is the CPU per request. Over thousands of
 * requests the tick's granularity is far below the figure.
 */
final class CpuTime {

    private final Map<String, Long> pids;
    private final Map<String, Duration> before;

    private CpuTime(Map<String, Long> pids) {
        this.pids = pids;
        this.before = read();
    }

    /** Starts counting for the processes named (part name to pid, as {@code RunningPlatform.parts()} reports them). */
    static CpuTime start(Map<String, Long> pids) {
        return new CpuTime(pids);
    }

    /** The CPU time each process used since {@link #start}, per request of {@code requests}, in milliseconds. */
    Map<String, Double> millisPerRequest(long requests) {
        Map<String, Duration> after = read();
        Map<String, Double> perRequest = new LinkedHashMap<>();
        pids.keySet()
                .forEach(name -> perRequest.put(
                        name,
                        requests == 0
                                ? Double.NaN
                                : after.get(name).minus(before.get(name)).toNanos() / 1e6 / requests));
        return perRequest;
    }

    private Map<String, Duration> read() {
        Map<String, Duration> used = new LinkedHashMap<>();
        pids.forEach((name, pid) ->
                used.put(name, ProcessHandle.of(pid).map(CpuTime::ofTree).orElse(Duration.ZERO)));
        return used;
    }

    private static Duration ofTree(ProcessHandle root) {
        Duration total = root.info().totalCpuDuration().orElse(Duration.ZERO);
        for (ProcessHandle child : root.descendants().toList()) {
            total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
        }
        return total;
    }
}
