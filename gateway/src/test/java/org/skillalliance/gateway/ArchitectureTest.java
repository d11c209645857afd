package org.skillalliance.gateway;

import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.architecture.ArchitectureRules;
import org.skillalliance.testsupport.architecture.ServiceArchitecture;

/**
 * Of the house's architecture rules (docs/architecture-rules.md) the gateway keeps those that apply to a router with
 * no domain and no database: it imports no service's code, and its packages have no cycles.
 */
class ArchitectureTest {

    @Test
    void importsNoServicesCode() {
        ServiceArchitecture.assertIsolated("gateway");
    }

    @Test
    void hasNoCyclesBetweenPackages() {
        ArchitectureRules.noCyclesBetweenPackages("org.skillalliance.gateway")
                .check(ServiceArchitecture.mainClassesOf("org.skillalliance.gateway"));
    }
}
