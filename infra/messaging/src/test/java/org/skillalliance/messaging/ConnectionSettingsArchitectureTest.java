package org.skillalliance.messaging;

import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.architecture.ArchitectureRules;
import org.skillalliance.testsupport.architecture.ServiceArchitecture;

/**
 * The backbone's Kafka clients take their connection from Boot's factories, built from the {@code KafkaConnectionDetails}
 * bean, never from {@code KafkaProperties}: the rule every service holds to, on the backbone's own classes, which
 * every service runs.
 */
class ConnectionSettingsArchitectureTest {

    @Test
    void readsNoConnectionSettingsPastTheConnectionDetails() {
        ArchitectureRules.connectionsComeThroughConnectionDetails()
                .check(ServiceArchitecture.mainClassesOf("org.skillalliance.messaging"));
    }
}
