package org.skillalliance.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.FreePorts;
import org.skillalliance.launcher.KafkaBroker;

/**
 * A real Kafka broker (the launcher's {@link KafkaBroker}: KRaft, combined broker and controller, one node) in a child
 * JVM, which a test can stop and start again on the same port and data folder: what an outage of the broker looks
 * like to a service.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private final KafkaBroker broker;
    private ChildProcess process;

    private KafkaBrokerProcess(KafkaBroker broker) {
        this.broker = broker;
    }

    /** Formats a new data folder and starts the broker on free ports; returns once it accepts connections. */
    public static KafkaBrokerProcess startNew() {
        try {
            Path home = Files.createTempDirectory("kafka-broker-");
            KafkaBroker broker =
                    new KafkaBroker(home, FreePorts.take(), FreePorts.take(), List.of("-Xmx512m", "-XX:+UseSerialGC"));
            KafkaBrokerProcess started = new KafkaBrokerProcess(broker.formatNewCluster(home.resolve("format.log")));
            started.start();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Starts the broker again over the same data; returns once it accepts connections. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        process = broker.launch(broker.home().resolve("broker.log"), true).awaitHealthy(Duration.ofSeconds(60));
    }

    /** Kills the broker the hard way (SIGKILL), as a crash or a pulled cable would. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.kill();
        process = null;
    }

    @Override
    public void close() {
        kill();
    }
}
