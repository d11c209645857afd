package org.skillalliance.funding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ServiceBoundaries;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skillalliance.funding");

    @Test
    void importsNoOtherServicesCode() {
        ServiceBoundaries.assertIsolated("funding");
    }

    @Test
    void moneyAndTheRulesThatComputeItArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("..funding.money..")
                .or()
                .haveSimpleNameStartingWith("Allocation")
                .or()
                .haveSimpleNameStartingWith("SharingTerms")
                .or()
                .haveSimpleNameStartingWith("Reimbursement")
                .or()
                .haveSimpleNameStartingWith("GrantProgramme")
                .or()
                .haveSimpleNameStartingWith("GrantApplication")
                .or()
                .haveSimpleName("Claim")
                .or()
                .haveSimpleName("CohortCostSharing")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..")
                .check(CLASSES);
    }

    @Test
    void theReadModelsKnowNothingOfTheFeaturesTheyFeed() {
        noClasses()
                .that()
                .resideInAPackage("..funding.facts..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..funding.allocation..",
                        "..funding.programme..",
                        "..funding.application..",
                        "..funding.award..",
                        "..funding.claim..",
                        "..funding.ledger..",
                        "..funding.statement..",
                        "..funding.quote..")
                .check(CLASSES);
    }

    @Test
    void theLedgerDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("..funding.ledger..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..funding.allocation..",
                        "..funding.programme..",
                        "..funding.application..",
                        "..funding.award..",
                        "..funding.claim..",
                        "..funding.facts..")
                .check(CLASSES);
    }
}
