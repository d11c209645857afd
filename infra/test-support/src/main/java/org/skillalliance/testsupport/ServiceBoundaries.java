package org.skillalliance.testsupport;

import org.skillalliance.testsupport.architecture.ServiceArchitecture;

/**
 * The rule that a service never imports another service's code (DESIGN section 2), on its own. A service's
 * {@code ArchitectureTest} calls {@link ServiceArchitecture#assertFollowedBy}, which checks it with the other rules of
 * the house; this entry stays while member-service's test calls it.
 */
public final class ServiceBoundaries {

    private ServiceBoundaries() {}

    /** Fails when a class of {@code org.skillalliance.<service>} depends on another service's package. */
    public static void assertIsolated(String service) {
        ServiceArchitecture.assertIsolated(service);
    }
}
