package org.skillalliance.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/** The architecture rule every service holds itself to: it never imports another service's code (DESIGN section 2). */
public final class ServiceBoundaries {

    private static final List<String> SERVICES = List.of("member", "curriculum", "funding", "reporting", "gateway");

    private ServiceBoundaries() {}

    /** Fails when a class of {@code org.skillalliance.<service>} depends on another service's package. */
    public static void assertIsolated(String service) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.skillalliance." + service);
        String[] others = SERVICES.stream()
                .filter(s -> !s.equals(service))
                .map(s -> "org.skillalliance." + s + "..")
                .toArray(String[]::new);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(others)
                .because("services learn about each other from events, never from each other's code")
                .check(classes);
    }
}
