package org.skillalliance.testsupport.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.List;

/**
 * The one call a service's {@code ArchitectureTest} makes: {@code ServiceArchitecture.assertFollowedBy("funding")}
 * checks every rule of {@link ArchitectureRules} on the main classes of {@code org.skillalliance.funding} and reports
 * all violations at once.
 */
public final class ServiceArchitecture {

    private static final String PLATFORM = "org.skillalliance.";
    private static final List<String> SERVICES = List.of("member", "curriculum", "funding", "reporting", "gateway");

    private ServiceArchitecture() {}

    /** Fails, naming every violation, when the service's main classes break a rule of the house. */
    public static void assertFollowedBy(String service) {
        String servicePackage = PLATFORM + service;
        rulesFor(servicePackage, otherServicePackages(service)).check(mainClassesOf(servicePackage));
    }

    /** Fails when a class of the service depends on another service's package (the gateway's one rule of these). */
    public static void assertIsolated(String service) {
        ArchitectureRules.importsNoOtherServicesCode(otherServicePackages(service))
                .check(mainClassesOf(PLATFORM + service));
    }

    /** Every rule for a service that lives in {@code servicePackage}, next to the services it must not import. */
    public static ArchRule rulesFor(String servicePackage, List<String> otherServicePackages) {
        return CompositeArchRule.of(ArchitectureRules.domainIsPlainJava())
                .and(ArchitectureRules.noCyclesBetweenPackages(servicePackage))
                .and(ArchitectureRules.persistenceIsPackagePrivate())
                .and(ArchitectureRules.importsNoOtherServicesCode(otherServicePackages))
                .and(ArchitectureRules.connectionsComeThroughConnectionDetails());
    }

    /** The service's production classes, without its tests. */
    public static JavaClasses mainClassesOf(String servicePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);
    }

    private static List<String> otherServicePackages(String service) {
        if (!SERVICES.contains(service)) {
            throw new IllegalArgumentException(
                    "not a service of the platform: " + service + " (one of " + SERVICES + ")");
        }
        return SERVICES.stream()
                .filter(other -> !other.equals(service))
                .map(other -> PLATFORM + other)
                .toList();
    }
}
