package org.skillalliance.platform;

import java.nio.file.Path;

/** The JDK the launcher runs on, which every child JVM (Kafka, Keycloak, the services) runs on too. */
final class JavaCommand {

    private JavaCommand() {}

    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    static String java() {
        return javaHome().resolve("bin").resolve("java").toString();
    }
}
