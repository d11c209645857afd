package org.skillalliance.member;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.architecture.ServiceArchitecture;

/** The house's architecture rules (test-support's ArchitectureRules, docs/architecture-rules.md), and one of member's. */
class ArchitectureTest {

    private static final String MEMBER = "org.skillalliance.member";

    /**
     * The web records (*Request, *Response, *Filter) of the features that follow the one domain pattern. The shared
     * rules do not cover them: they are no domain types (not marked by jMolecules), so they are found by package and
     * name.
     */
    private static final DescribedPredicate<JavaClass> WEB_RECORDS = DescribedPredicate.describe(
            "the web records of alliance, membership, organisation and staff",
            type -> type.getPackageName()
                            .matches("org\\.skillalliance\\.member\\.(alliance|membership|organisation|staff)")
                    && type.getSimpleName().matches(".*(Request|Response|Filter)"));

    @Test
    void followsTheRulesOfTheHouse() {
        ServiceArchitecture.assertFollowedBy("member");
    }

    @Test
    void theWebRecordsKnowNoSpringSqlServletOrWireContracts() {
        noClasses()
                .that(are(WEB_RECORDS))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "java.sql..", "jakarta.servlet..", "org.skillalliance.contracts..")
                .because("contract types stop at the publishers and listeners, and the web records are plain Java")
                .check(ServiceArchitecture.mainClassesOf(MEMBER));
    }
}
