package org.skillalliance.funding;

import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ServiceBoundaries;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ServiceBoundaries.assertIsolated("funding");
    }
}
