package org.skillalliance.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule passes on a service that keeps it ({@code fixtures.clean}) and fails on a planted violation (one fixture
 * package per violation), so the services' green {@code ArchitectureTest}s mean something.
 */
class ArchitectureRulesTest {

    private static final String FIXTURES = "org.skillalliance.testsupport.architecture.fixtures.";
    private static final List<String> OTHER_SERVICE = List.of(FIXTURES + "otherservice");

    @Test
    void aServiceThatKeepsTheRulesPassesThemAll() {
        assertThatCode(() -> ServiceArchitecture.rulesFor(FIXTURES + "clean", OTHER_SERVICE)
                        .check(fixture("clean")))
                .doesNotThrowAnyException();
    }

    @Test
    void anAggregateThatUsesSpringBreaksThePlainDomain() {
        assertBroken(ArchitectureRules.domainIsPlainJava(), "springindomain", "ApplicationEventPublisher");
    }

    @Test
    void anEventRecordOfAMarkedSealedInterfaceThatUsesSqlBreaksThePlainDomain() {
        assertBroken(ArchitectureRules.domainIsPlainJava(), "sqlinevent", "java.sql.Timestamp");
    }

    @Test
    void aValueThatUsesTheServletApiBreaksThePlainDomain() {
        assertBroken(ArchitectureRules.domainIsPlainJava(), "servletinvalue", "HttpServletRequest");
    }

    @Test
    void aTypeNestedInAnAggregateThatHoldsAWireContractBreaksThePlainDomain() {
        assertBroken(ArchitectureRules.domainIsPlainJava(), "contractinnested", "EventEnvelope");
    }

    @Test
    void aSharedPackageIsDomainByItsName() {
        assertBroken(ArchitectureRules.domainIsPlainJava(), "springinshared", "Environment");
    }

    @Test
    void twoPackagesOfOneFeatureTreeThatUseEachOtherAreACycle() {
        assertBroken(
                ArchitectureRules.noCyclesBetweenPackages(FIXTURES + "cycle"),
                "cycle",
                "Cycle detected: package needs.gap",
                "package needs.profile");
    }

    @Test
    void aPublicRepositoryBreaksPackagePrivatePersistence() {
        assertBroken(ArchitectureRules.persistenceIsPackagePrivate(), "publicrepository", "BookStore");
    }

    @Test
    void aPublicClassNamedJdbcBreaksPackagePrivatePersistence() {
        assertBroken(ArchitectureRules.persistenceIsPackagePrivate(), "jdbcnamed", "JdbcLoans");
    }

    @Test
    void importingAnotherServicesCodeBreaksIsolation() {
        assertBroken(ArchitectureRules.importsNoOtherServicesCode(OTHER_SERVICE), "isolation", "otherservice.Thing");
    }

    @Test
    void everyPlantedViolationAlsoFailsTheWholeRuleSet() {
        for (String violation : List.of(
                "springindomain",
                "sqlinevent",
                "servletinvalue",
                "contractinnested",
                "springinshared",
                "cycle",
                "publicrepository",
                "jdbcnamed",
                "isolation")) {
            ArchRule rules = ServiceArchitecture.rulesFor(FIXTURES + violation, OTHER_SERVICE);
            assertThatThrownBy(() -> rules.check(fixture(violation)))
                    .as(violation)
                    .isInstanceOf(AssertionError.class);
        }
    }

    private static void assertBroken(ArchRule rule, String fixture, String... violationNamed) {
        assertThatThrownBy(() -> rule.check(fixture(fixture)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(violationNamed);
    }

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURES + name);
    }
}
