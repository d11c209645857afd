package org.skillalliance.launcher;

import java.nio.file.Path;

/** The JDK the launcher runs on, which every child JVM (Kafka, Keycloak, the services) runs on too. */
public final class JavaCommand {

    private JavaCommand() {}

    public static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    public static String java() {
        return javaHome().resolve("bin").resolve("java").toString();
    }
}
