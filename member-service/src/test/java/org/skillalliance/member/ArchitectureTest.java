package org.skillalliance.member;

import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ServiceBoundaries;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skillalliance.member");

    /**
     * The domain of the features that follow the one domain pattern (docs/architecture.md): their aggregates, events,
     * values and enums, and the refusals they share; everything there that is not a Spring bean (use cases,
     * persistence, controllers and publishers are).
     */
    private static final DescribedPredicate<JavaClass> DOMAIN = DescribedPredicate.describe(
            "the domain of alliance, membership, organisation and staff",
            type -> type.getPackageName()
                            .matches("org\\.skillalliance\\.member\\.(alliance|membership|organisation|staff|shared)")
                    && !type.isMetaAnnotatedWith(Component.class)
                    && !type.getEnclosingClass()
                            .map(outer -> outer.isMetaAnnotatedWith(Component.class))
                            .orElse(false));

    @Test
    void importsNoOtherServicesCode() {
        ServiceBoundaries.assertIsolated("member");
    }

    @Test
    void theDomainKnowsNoSpringSqlServletOrWireContracts() {
        noClasses()
                .that(are(DOMAIN))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "java.sql..", "jakarta.servlet..", "org.skillalliance.contracts..")
                .because("contract types stop at the publishers and listeners, and rules are plain Java")
                .check(CLASSES);
    }

    /**
     * A feature's persistence is reached only through its use cases. {@code consent} has none: its history is written
     * and read by the staff and learner use cases, so its repository is its door and stays public.
     */
    private static final DescribedPredicate<JavaClass> BEHIND_A_USE_CASE = DescribedPredicate.describe(
            "in a feature with a use case (@Service)",
            type -> type.getPackage().getClasses().stream().anyMatch(other -> other.isAnnotatedWith(Service.class)));

    @Test
    void persistenceBehindAUseCaseIsPackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .and(BEHIND_A_USE_CASE)
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void theFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("org.skillalliance.member.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }
}
