package org.skillalliance.testsupport;

import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/** Which kind of real server the tests get: containers where Docker answers, embedded servers elsewhere. */
enum InfrastructureMode {
    CONTAINERS,
    EMBEDDED;

    private static volatile InfrastructureMode detected;

    static InfrastructureMode current() {
        InfrastructureMode mode = detected;
        if (mode == null) {
            synchronized (InfrastructureMode.class) {
                if (detected == null) {
                    detected = detect();
                }
                mode = detected;
            }
        }
        return mode;
    }

    private static InfrastructureMode detect() {
        String forced = System.getenv("SKILLALLIANCE_TEST_INFRA");
        if (forced != null && !forced.isBlank()) {
            return valueOf(forced.trim().toUpperCase(Locale.ROOT));
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable() ? CONTAINERS : EMBEDDED;
        } catch (RuntimeException | LinkageError noDocker) {
            return EMBEDDED;
        }
    }
}
