package org.skillalliance.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/** A process with its descendants, as one thing to measure and to stop. */
public final class ProcessTree {

    private ProcessTree() {}

    /** The process followed by its descendants, as they are now (only those still alive). */
    public static List<ProcessHandle> of(ProcessHandle root) {
        List<ProcessHandle> tree = new ArrayList<>();
        if (root.isAlive()) {
            tree.add(root);
        }
        root.descendants().filter(ProcessHandle::isAlive).forEach(tree::add);
        return tree;
    }

    /**
     * Asks the process and its descendants to stop (SIGTERM), waits up to {@code grace} for all to end, then kills the
     * rest (SIGKILL) and waits for them too. Returns true if all ended within the grace period.
     */
    public static boolean stop(ProcessHandle root, Duration grace) {
        return stop(of(root), grace);
    }

    /** As {@link #stop(ProcessHandle, Duration)} for processes already collected (e.g. from pid files). */
    public static boolean stop(List<ProcessHandle> processes, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>();
        for (ProcessHandle process : processes) {
            all.add(process);
            process.descendants().forEach(all::add);
        }
        all.forEach(ProcessHandle::destroy);
        boolean graceful = false;
        try {
            graceful = awaitExit(all, grace);
        } finally {
            if (!graceful) {
                // also when the wait itself failed: what did not end by SIGTERM ends by SIGKILL
                all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
                awaitExit(all, Duration.ofSeconds(10));
            }
        }
        return graceful;
    }

    /**
     * Kills the process and its descendants at once (SIGKILL: no shutdown hook, no graceful anything, as a crash or
     * the kernel's OOM killer would) and waits until all have ended.
     */
    public static void kill(ProcessHandle root) {
        List<ProcessHandle> all = of(root);
        all.forEach(ProcessHandle::destroyForcibly);
        if (!awaitExit(all, Duration.ofSeconds(30))) {
            throw new IllegalStateException("process " + root.pid() + " or a descendant survived SIGKILL for 30 s");
        }
    }

    private static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        try {
            Waits.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(ChildProcess.POLL)
                    .until(() -> processes.stream().noneMatch(ProcessHandle::isAlive));
            return true;
        } catch (ConditionTimeoutException stillAlive) {
            return false;
        }
    }
}
