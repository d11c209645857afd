package org.skillalliance.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker in its own JVM, from the kafka_2.13 jars on the launcher's own class path: KRaft in combined mode
 * (one node that is broker and controller), replication factors 1. {@link #formatNewCluster} writes the configuration
 * into {@code home} and formats a new cluster there; {@link #launch} starts the broker over it, the first time and
 * again after a kill (then it comes back with every topic, offset and committed consumer position it had).
 *
 * @param home           the broker's folder: {@code server.properties}, {@code logback.xml}, {@code log-dirs/}
 * @param port           the clients' port ({@code PLAINTEXT})
 * @param controllerPort the KRaft controller's port
 * @param jvmOptions     the broker's and the storage tool's JVM options (heap, collector, a marker to find it by)
 */
public record KafkaBroker(Path home, int port, int controllerPort, List<String> jvmOptions) {

    private static final Duration FORMAT_TIMEOUT = Duration.ofMinutes(2);

    private static final String LOGBACK = """
            <configuration>
              <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
              <root level="WARN"><appender-ref ref="out"/></root>
            </configuration>
            """;

    public KafkaBroker {
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** {@code localhost:<port>}, as clients name the broker. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Writes the configuration into {@code home} and formats a new cluster there; the storage tool's output to log. */
    public KafkaBroker formatNewCluster(Path log) {
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve("server.properties"), serverProperties(home, port, controllerPort));
            Files.writeString(home.resolve("logback.xml"), LOGBACK);
            Files.createDirectories(log.getParent());
            Process formatting = new ProcessBuilder(java(List.of(
                            "kafka.tools.StorageTool",
                            "format",
                            "-t",
                            clusterId(),
                            "-c",
                            home.resolve("server.properties").toString())))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            formatting.getOutputStream().close();
            if (!formatting.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                formatting.destroyForcibly();
                throw new IllegalStateException("formatting Kafka's storage took over 2 minutes; see " + log);
            }
            if (formatting.exitValue() != 0) {
                throw new IllegalStateException("formatting Kafka's storage failed; see " + log + LogTail.of(log));
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("could not format a Kafka cluster in " + home, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while formatting Kafka's storage", e);
        }
    }

    /**
     * Launches the broker over the cluster {@link #formatNewCluster} made; it is healthy once it accepts connections.
     *
     * @param keepLog append to the log (a broker started again after a kill keeps its earlier life in it)
     */
    public ChildProcess launch(Path log, boolean keepLog) {
        if (!Files.isRegularFile(home.resolve("server.properties"))) {
            throw new IllegalStateException("no Kafka cluster to start in " + home);
        }
        return ChildProcess.launch(
                "kafka",
                java(List.of("kafka.Kafka", home.resolve("server.properties").toString())),
                Map.of(),
                log,
                HealthCheck.tcp(port),
                Duration.ofSeconds(30),
                keepLog);
    }

    static String serverProperties(Path home, int port, int controllerPort) {
        return String.join(
                "\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + home.resolve("log-dirs"),
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
    }

    /** A JVM with the launcher's class path (which holds kafka_2.13 and its dependencies). */
    private List<String> java(List<String> mainAndArguments) {
        List<String> command = new ArrayList<>();
        command.add(JavaCommand.java());
        command.addAll(jvmOptions);
        command.add("-Dlogback.configurationFile=" + home.resolve("logback.xml"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArguments);
        return command;
    }

    /**
     * 16 random bytes, base64url without padding, as Kafka wants its cluster id, and never starting with a dash, as
     * Kafka's own {@code Uuid.randomUuid()} makes sure: the storage tool's argument parser takes such an id for an
     * option (one in 64 did, and the format failed with "argument --cluster-id/-t: expected one argument").
     */
    static String clusterId() {
        String id;
        do {
            UUID uuid = UUID.randomUUID();
            ByteBuffer bytes = ByteBuffer.allocate(16)
                    .putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits());
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
        } while (id.startsWith("-"));
        return id;
    }
}
