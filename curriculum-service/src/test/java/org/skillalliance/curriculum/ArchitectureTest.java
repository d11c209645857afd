package org.skillalliance.curriculum;

import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ServiceBoundaries;

class ArchitectureTest {

    @Test
    void importsNoOtherServicesCode() {
        ServiceBoundaries.assertIsolated("curriculum");
    }
}
