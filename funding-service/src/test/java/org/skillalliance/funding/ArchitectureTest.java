package org.skillalliance.funding;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.architecture.ServiceArchitecture;

/**
 * The house's architecture rules (test-support's ArchitectureRules, docs/architecture-rules.md), and the direction of
 * funding's own dependencies: the read models and the ledger sit below the features they serve.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = ServiceArchitecture.mainClassesOf("org.skillalliance.funding");

    @Test
    void followsTheRulesOfTheHouse() {
        ServiceArchitecture.assertFollowedBy("funding");
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
                        "..funding.plan..",
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
