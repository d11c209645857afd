package org.skillalliance.contracts;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The contracts are plain Java: no Spring, and payload records free of any library. */
class ArchitectureTest {

    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skillalliance.contracts");

    @Test
    void noSpring() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..")
                .because("the contracts are shared by every service and must stay framework-free")
                .check(CONTRACTS);
    }

    @Test
    void payloadRecordsDependOnlyOnTheJdkAndEachOther() {
        classes()
                .that()
                .resideInAnyPackage("..contracts.member..", "..contracts.curriculum..", "..contracts.funding..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "org.skillalliance.contracts.member..",
                        "org.skillalliance.contracts.curriculum..",
                        "org.skillalliance.contracts.funding..")
                .because("payloads are plain records: the wire format is fixed by the JSON Schemas, not annotations")
                .check(CONTRACTS);
    }

    @Test
    void noDependencyOnOtherModulesOfThePlatform() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAPackage("org.skillalliance..")
                        .and(resideOutsideOfPackage("org.skillalliance.contracts..")))
                .because("every module depends on the contracts, so the contracts depend on none of them")
                .check(CONTRACTS);
    }
}
