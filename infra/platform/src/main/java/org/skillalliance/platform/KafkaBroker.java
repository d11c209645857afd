package org.skillalliance.platform;

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
 * (one node that is broker and controller), replication factors 1, a new cluster formatted on every start.
 */
final class KafkaBroker {

    private KafkaBroker() {}

    /** Formats a new cluster in {@code <data>/kafka} and launches the broker; it is healthy once it accepts connections. */
    static ChildProcess launch(PlatformSettings settings) {
        Path home = settings.data().resolve("kafka");
        int port = settings.port(PortSetting.KAFKA);
        try {
            Files.createDirectories(home);
            Files.writeString(
                    home.resolve("server.properties"),
                    serverProperties(home, port, settings.port(PortSetting.KAFKA_CONTROLLER)));
            Files.writeString(home.resolve("logback.xml"), LOGBACK);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the Kafka configuration into " + home, e);
        }
        format(settings, home);
        return ChildProcess.launch(
                "kafka",
                java(
                        settings,
                        home,
                        List.of("kafka.Kafka", home.resolve("server.properties").toString())),
                Map.of(),
                settings.logs().resolve("kafka.log"),
                HealthCheck.tcp(port),
                Duration.ofSeconds(30));
    }

    /**
     * Launches the broker again over the cluster {@link #launch} formatted: the same configuration, port and log dirs,
     * so it comes back with every topic, offset and committed consumer position it had. Its log is appended to.
     */
    static ChildProcess relaunch(PlatformSettings settings) {
        Path home = settings.data().resolve("kafka");
        if (!Files.isRegularFile(home.resolve("server.properties"))) {
            throw new IllegalStateException("no Kafka cluster to start again in " + home);
        }
        return ChildProcess.launch(
                "kafka",
                java(
                        settings,
                        home,
                        List.of("kafka.Kafka", home.resolve("server.properties").toString())),
                Map.of(),
                settings.logs().resolve("kafka.log"),
                HealthCheck.tcp(settings.port(PortSetting.KAFKA)),
                Duration.ofSeconds(30),
                true);
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

    private static final String LOGBACK = """
            <configuration>
              <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
                <encoder><pattern>%d %-5level %logger{36} - %msg%n</pattern></encoder>
              </appender>
              <logger name="kafka.server.KafkaRaftServer" level="INFO"/>
              <root level="WARN"><appender-ref ref="out"/></root>
            </configuration>
            """;

    private static void format(PlatformSettings settings, Path home) {
        Path log = settings.logs().resolve("kafka-format.log");
        try {
            Files.createDirectories(log.getParent());
            Process formatting = new ProcessBuilder(java(
                            settings,
                            home,
                            List.of(
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
            if (!formatting.waitFor(2, TimeUnit.MINUTES)) {
                formatting.destroyForcibly();
                throw new PlatformStartException("formatting Kafka's storage took over 2 minutes; see " + log);
            }
            if (formatting.exitValue() != 0) {
                throw new PlatformStartException(
                        "formatting Kafka's storage failed; see " + log + StartupWait.lastLines(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run Kafka's StorageTool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformStartException("interrupted while formatting Kafka's storage", e);
        }
    }

    /** A JVM with the launcher's class path (which holds kafka_2.13 and its dependencies). */
    private static List<String> java(PlatformSettings settings, Path home, List<String> mainAndArguments) {
        List<String> command = new ArrayList<>(List.of(
                JavaCommand.java(),
                PlatformProcesses.marker(settings.workFolder()),
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-Dlogback.configurationFile=" + home.resolve("logback.xml"),
                "-cp",
                System.getProperty("java.class.path")));
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
