package org.skillalliance.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skillalliance.launcher.FreePorts;

/**
 * Checks, before anything starts, that every port of the platform is free, and otherwise says which part needs which
 * port and how to give it another one.
 */
public final class PortsInUse {

    private PortsInUse() {}

    /** Thrown when a port the platform needs is taken; the message names the part, the port and how to change it. */
    public static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message) {
            super(message);
        }
    }

    /** @throws PortTakenException listing every taken port (Prometheus's only where it is to be started) */
    public static void requireAllFree(PlatformSettings settings) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<PortSetting, Integer> entry : settings.ports().entrySet()) {
            if (settings.listensOn(entry.getKey()) && !isFree(entry.getValue())) {
                problems.add(message(entry.getKey(), entry.getValue(), suggestion(entry.getValue())));
            }
        }
        if (!problems.isEmpty()) {
            throw new PortTakenException(String.join(System.lineSeparator(), problems) + System.lineSeparator()
                    + "(If an earlier ./alliance up is still running, ./alliance stop ends it.)");
        }
    }

    /** The explanation for one taken port, e.g. for port 8080 of the gateway. */
    static String message(PortSetting setting, int port, int suggestedPort) {
        return "Port " + port + " is already in use, and " + setting.description()
                + " needs it. Free it, or choose another"
                + " port: " + setting.environmentVariable() + "=" + suggestedPort + " ./alliance up (or ./alliance up "
                + setting.flag() + "=" + suggestedPort + ").";
    }

    /** True if nothing listens on the port, on any local address. */
    public static boolean isFree(int port) {
        return FreePorts.isFree(port);
    }

    private static int suggestion(int taken) {
        for (int candidate = taken + 10000; candidate <= 65535 && candidate < taken + 10100; candidate++) {
            if (isFree(candidate)) {
                return candidate;
            }
        }
        for (int candidate = taken + 1; candidate <= 65535; candidate++) {
            if (isFree(candidate)) {
                return candidate;
            }
        }
        return taken;
    }
}
