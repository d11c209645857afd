package org.skillalliance.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers that a launcher starts some time after it chose them: free now, and kept free until the server
 * binds them.
 *
 * <p>Asking the kernel for port 0 gives a port from its <em>ephemeral</em> range, the same range from which every
 * outgoing connection on the machine takes its local port. A port handed out that way and bound a minute later (a
 * platform starts its parts one after another) can meanwhile be taken by any connection to PostgreSQL, Kafka or
 * Keycloak, and the server then fails with "port already in use". So the ports here come from below the ephemeral range
 * (read from {@code /proc/sys/net/ipv4/ip_local_port_range}), where no outgoing connection lands, chosen at random and
 * reserved against other launchers on the machine by a file lock on {@code <tmp>/skill-alliance-ports/<port>.lock},
 * held until this JVM ends (the kernel drops it if the JVM is killed). Within one JVM a port is never handed out twice.
 */
public final class FreePorts {

    /** The lowest port handed out: above the registered ports that other software on a developer's machine uses. */
    static final int LOWEST = 15000;

    private static final Path RESERVATIONS = Path.of(System.getProperty("java.io.tmpdir"), "skill-alliance-ports");
    private static final Set<Integer> HANDED_OUT = new HashSet<>();
    private static final Set<FileLock> RESERVED = new HashSet<>();

    private FreePorts() {}

    /** A port nobody listens on, outside the kernel's ephemeral range, reserved for this JVM. */
    public static synchronized int take() {
        PortRange range = candidates(EphemeralRange.ofThisMachine());
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 1000; attempt++) {
            int port = range.low() + random.nextInt(range.high() - range.low() + 1);
            if (!HANDED_OUT.contains(port) && isFree(port) && reserve(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("found no free port between " + range.low() + " and " + range.high());
    }

    /** True if nothing listens on the port, on any local address. */
    public static boolean isFree(int port) {
        // binding the wildcard address fails if anyone listens on the port on any address; SO_REUSEADDR as servers set
        // it, so that connections of an earlier run still in TIME_WAIT do not count as taken
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** The ports to choose from: below the ephemeral range, or above it where too little room is left below. */
    static PortRange candidates(PortRange ephemeral) {
        if (ephemeral.low() - 1 - LOWEST >= 4000) {
            return new PortRange(LOWEST, ephemeral.low() - 1);
        }
        if (65535 - ephemeral.high() >= 4000) {
            return new PortRange(ephemeral.high() + 1, 65535);
        }
        return new PortRange(LOWEST, 65535);
    }

    private static boolean reserve(int port) {
        try {
            Files.createDirectories(RESERVATIONS);
            FileChannel channel = FileChannel.open(
                    RESERVATIONS.resolve(port + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return false;
            }
            RESERVED.add(lock);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("could not reserve port " + port + " in " + RESERVATIONS, e);
        }
    }

    /** An inclusive range of ports. */
    record PortRange(int low, int high) {}

    /** The kernel's range for the local ports of outgoing connections. */
    static final class EphemeralRange {

        /** Linux's default, for machines that do not say. */
        static final PortRange LINUX_DEFAULT = new PortRange(32768, 60999);

        private EphemeralRange() {}

        static PortRange ofThisMachine() {
            Path setting = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
            try {
                return Files.isReadable(setting) ? parse(Files.readString(setting)) : LINUX_DEFAULT;
            } catch (IOException | RuntimeException unreadable) {
                return LINUX_DEFAULT;
            }
        }

        static PortRange parse(String setting) {
            String[] bounds = setting.trim().split("\\s+");
            return new PortRange(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]));
        }
    }
}
