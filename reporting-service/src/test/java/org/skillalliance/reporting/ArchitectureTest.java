package org.skillalliance.reporting;

import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.architecture.ServiceArchitecture;

/** The house's architecture rules (test-support's ArchitectureRules, docs/architecture-rules.md). */
class ArchitectureTest {

    @Test
    void followsTheRulesOfTheHouse() {
        ServiceArchitecture.assertFollowedBy("reporting");
    }
}
