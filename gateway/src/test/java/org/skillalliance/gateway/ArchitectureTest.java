package org.skillalliance.gateway;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void importsNoServicesCode() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.skillalliance.member..",
                        "org.skillalliance.curriculum..",
                        "org.skillalliance.funding..",
                        "org.skillalliance.reporting..")
                .because("the gateway routes by path and knows nothing of the services' code")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.skillalliance.gateway"));
    }
}
