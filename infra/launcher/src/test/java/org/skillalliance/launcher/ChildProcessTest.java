package org.skillalliance.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChildProcessTest {

    private static final Duration GRACE = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    @Test
    void aProcessIsHealthyOnceItsHealthCheckPasses() throws IOException {
        int port = FreePorts.take();
        ChildProcess sleeper = shell("sleeper", "echo waiting; sleep 60", HealthCheck.tcp(port), false);
        try (ServerSocket listening = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            assertThat(sleeper.awaitHealthy(Duration.ofSeconds(20))).isSameAs(sleeper);
        } finally {
            sleeper.stop();
        }
        assertThat(sleeper.isAlive()).isFalse();
    }

    @Test
    void aProcessThatExitsWhileStartingFailsTheWaitAtOnceWithTheEndOfItsLog() {
        ChildProcess broken =
                shell("broken", "echo 'port setting missing'; exit 3", HealthCheck.tcp(FreePorts.take()), false);

        assertThatThrownBy(() -> broken.awaitHealthy(Duration.ofMinutes(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("broken exited with code 3 while starting")
                .hasMessageContaining(broken.log().toString())
                .hasMessageContaining("port setting missing");
    }

    @Test
    void aProcessNotHealthyInTimeFailsTheWaitNamingItsHealthCheckAndIsKilled() {
        HealthCheck nobodyListens = HealthCheck.tcp(FreePorts.take());
        ChildProcess slow = shell("slow", "sleep 60 & sleep 60 & wait", nobodyListens, false);
        try {
            List<ProcessHandle> tree = awaitTreeOfThree(slow);
            assertThatThrownBy(() -> slow.awaitHealthy(Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("slow was not healthy (" + nobodyListens + ") within 1 s");
            assertThat(tree)
                    .as("a process that failed its wait is killed with its descendants")
                    .noneMatch(ProcessHandle::isAlive);
        } finally {
            slow.stop();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"stop", "kill"})
    void stoppingOrKillingAProcessEndsItsDescendantsToo(String how) {
        ChildProcess parent = shell("parent", "sleep 60 & sleep 60 & wait", HealthCheck.tcp(FreePorts.take()), false);
        List<ProcessHandle> tree = awaitTreeOfThree(parent);

        if (how.equals("stop")) {
            parent.stop();
        } else {
            parent.kill();
        }

        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void aProcessStartedAgainKeepsItsEarlierLifeInItsLog() throws IOException, InterruptedException {
        Path log = folder.resolve("logs").resolve("twice.log");
        ChildProcess first = ChildProcess.launch(
                "twice", List.of("sh", "-c", "echo first life"), Map.of(), log, HealthCheck.tcp(1), GRACE, false);
        first.handle().onExit().join();
        ChildProcess second = ChildProcess.launch(
                "twice", List.of("sh", "-c", "echo second life"), Map.of(), log, HealthCheck.tcp(1), GRACE, true);
        second.handle().onExit().join();

        assertThat(Files.readString(log))
                .contains("first life")
                .contains("---- twice started at")
                .contains("second life");
    }

    @Test
    void aChildGetsTheGivenVariablesAndItsOutputGoesToItsOwnLog() throws IOException {
        Path log = folder.resolve("env.log");
        ChildProcess child = ChildProcess.launch(
                "env",
                List.of("sh", "-c", "echo \"greeting=$GREETING\" >&2"),
                Map.of("GREETING", "hello"),
                log,
                HealthCheck.tcp(1),
                GRACE,
                false);
        child.handle().onExit().join();

        assertThat(Files.readString(log)).contains("greeting=hello");
        assertThat(child.exitDescription()).isEqualTo("exited with code 0");
    }

    private ChildProcess shell(String name, String script, HealthCheck health, boolean keepLog) {
        return ChildProcess.launch(
                name, List.of("sh", "-c", script), Map.of(), folder.resolve(name + ".log"), health, GRACE, keepLog);
    }

    /** The shell and its two sleeps, once both have started. */
    private static List<ProcessHandle> awaitTreeOfThree(ChildProcess parent) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> ProcessTree.of(parent.handle()), tree -> tree.size() == 3);
    }
}
