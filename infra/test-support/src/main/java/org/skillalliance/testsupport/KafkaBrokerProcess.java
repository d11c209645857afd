package org.skillalliance.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker (KRaft, combined broker and controller, one node) in a child JVM, which a test can stop and
 * start again on the same port and data folder: what an outage of the broker looks like to a service.
 *
 * <p>The child runs {@code kafka.Kafka} from the kafka_2.13 jars already on the test class path.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final Path home;
    private final int port;
    private final int controllerPort;
    private Process process;

    private KafkaBrokerProcess(Path home, int port, int controllerPort) {
        this.home = home;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /** Formats a new data folder and starts the broker on free ports; returns once it accepts connections. */
    public static KafkaBrokerProcess startNew() {
        try {
            Path home = Files.createTempDirectory("kafka-broker-");
            KafkaBrokerProcess broker =
                    new KafkaBrokerProcess(home, ChildProcesses.freePort(), ChildProcesses.freePort());
            broker.writeConfiguration();
            broker.format();
            broker.start();
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Starts the broker again over the same data; returns once it accepts connections. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        process = run(List.of("kafka.Kafka", home.resolve("server.properties").toString()), "broker.log");
        awaitPort(Duration.ofSeconds(60));
    }

    /** Kills the broker the hard way (SIGKILL), as a crash or a pulled cable would. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    @Override
    public void close() {
        kill();
    }

    private void writeConfiguration() throws IOException {
        String properties = String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "");
        Files.writeString(home.resolve("server.properties"), properties);
        Files.writeString(home.resolve("logback.xml"), """
                <configuration>
                  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="WARN"><appender-ref ref="out"/></root>
                </configuration>
                """);
    }

    private void format() {
        Process formatting = run(
                List.of(
                        "kafka.tools.StorageTool",
                        "format",
                        "-t",
                        clusterId(),
                        "-c",
                        home.resolve("server.properties").toString()),
                "format.log");
        try {
            if (!formatting.waitFor(60, TimeUnit.SECONDS) || formatting.exitValue() != 0) {
                throw new IllegalStateException(
                        "formatting the Kafka data folder failed, see " + home.resolve("format.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * 16 random bytes, base64url without padding, as Kafka wants its cluster id, and never starting with a dash, as
     * Kafka's own {@code Uuid.randomUuid()} makes sure: the storage tool's argument parser takes such an id for an
     * option (one in 64 did, and the format failed with "argument --cluster-id/-t: expected one argument").
     */
    private static String clusterId() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        byte[] bytes = new byte[16];
        String id;
        do {
            random.nextBytes(bytes);
            id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private Process run(List<String> mainAndArguments, String logFile) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(
                java.toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-Dlogback.configurationFile=" + home.resolve("logback.xml"),
                "-cp",
                System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        try {
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.resolve(logFile).toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + mainAndArguments.getFirst(), e);
        }
    }

    private void awaitPort(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited, see " + home.resolve("broker.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", port), 200);
                return;
            } catch (IOException notYet) {
                ChildProcesses.pause();
            }
        }
        throw new IllegalStateException("the Kafka broker did not open port " + port + " within " + timeout);
    }
}
