package org.skillalliance.curriculum;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ServiceBoundaries;
import org.skillalliance.web.IllegalTransitionException;
import org.skillalliance.web.MinorUnits;
import org.skillalliance.web.RuleRefusal;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.skillalliance.curriculum");

    @Test
    void importsNoOtherServicesCode() {
        ServiceBoundaries.assertIsolated("curriculum");
    }

    @Test
    void domainObjectsArePlainJava() {
        noClasses()
                .that()
                .haveSimpleNameNotContaining("Jdbc")
                .and()
                .haveSimpleNameNotEndingWith("Controller")
                .and()
                .haveSimpleNameNotEndingWith("Management")
                .and()
                .haveSimpleNameNotEndingWith("Catalogue")
                .and()
                .haveSimpleNameNotEndingWith("Listener")
                .and()
                .haveSimpleNameNotEndingWith("Publisher")
                .and()
                .haveSimpleNameNotEndingWith("Adapter")
                .and()
                .haveSimpleNameNotEndingWith("Import")
                .and()
                .haveSimpleNameNotEndingWith("Credentials")
                .and()
                .haveSimpleNameNotEndingWith("MemberFacts")
                // figures for operators: Micrometer meters, counted when Spring's transaction commits
                .and()
                .haveSimpleNameNotEndingWith("Metrics")
                .and()
                .resideOutsideOfPackage("..infrastructure..")
                // the quote feature holds no domain objects: a use case and the guarded client of funding-service
                .and()
                .resideOutsideOfPackage("..quote..")
                .and()
                .doNotHaveFullyQualifiedName(CurriculumServiceApplication.class.getName())
                .and()
                .haveSimpleNameNotContaining("$")
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "org.springframework..",
                                "java.sql..",
                                "org.skillalliance.messaging..",
                                "org.skillalliance.web..",
                                "tools.jackson..")
                        // plain Java on purpose: the web-support types a domain object may throw (its refusals), and
                        // the money bound, a bean validation constraint on request records nested in controllers
                        .and(not(type(IllegalTransitionException.class)))
                        .and(not(type(RuleRefusal.class)))
                        .and(not(type(RuleRefusal.Kind.class)))
                        .and(not(type(MinorUnits.class))))
                .because("domain objects guard their rules in plain Java (STYLE.md)")
                .check(CLASSES);
    }
}
