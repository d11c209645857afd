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

    private static final Planted SPRING_IN_DOMAIN = new Planted(
            ArchitectureRules.domainIsPlainJava(),
            "springindomain",
            "springindomain.Book",
            "ApplicationEventPublisher");
    private static final Planted SQL_IN_EVENT = new Planted(
            ArchitectureRules.domainIsPlainJava(), "sqlinevent", "sqlinevent.Shelved", "java.sql.Timestamp");
    private static final Planted SERVLET_IN_VALUE = new Planted(
            ArchitectureRules.domainIsPlainJava(), "servletinvalue", "servletinvalue.Isbn", "HttpServletRequest");
    private static final Planted CONTRACT_IN_NESTED = new Planted(
            ArchitectureRules.domainIsPlainJava(),
            "contractinnested",
            "contractinnested.Book$Snapshot",
            "EventEnvelope");
    private static final Planted SPRING_IN_SHARED =
            new Planted(ArchitectureRules.domainIsPlainJava(), "springinshared", "shared.Clocks", "Environment");
    private static final Planted CYCLE = new Planted(
            ArchitectureRules.noCyclesBetweenPackages(FIXTURES + "cycle"),
            "cycle",
            "Cycle detected: package " + FIXTURES + "cycle.needs.gap",
            "package " + FIXTURES + "cycle.needs.profile");
    private static final Planted ROOT_CYCLE = new Planted(
            ArchitectureRules.noCyclesBetweenPackages(FIXTURES + "rootcycle"),
            "rootcycle",
            "Cycle detected: package " + FIXTURES + "rootcycle",
            "package " + FIXTURES + "rootcycle.shelf");
    private static final Planted PUBLIC_REPOSITORY =
            new Planted(ArchitectureRules.persistenceIsPackagePrivate(), "publicrepository", "BookStore");
    private static final Planted JDBC_NAMED =
            new Planted(ArchitectureRules.persistenceIsPackagePrivate(), "jdbcnamed", "JdbcLoans");
    private static final Planted ISOLATION =
            new Planted(ArchitectureRules.importsNoOtherServicesCode(OTHER_SERVICE), "isolation", "otherservice.Thing");
    private static final Planted CONNECTION_PROPERTIES = new Planted(
            ArchitectureRules.connectionsComeThroughConnectionDetails(),
            "connectionproperties",
            "connectionproperties.BrokerAddress",
            "KafkaProperties",
            "connectionproperties.DatabaseAddress",
            "DataSourceProperties");

    @Test
    void aServiceThatKeepsTheRulesPassesThemAll() {
        assertThatCode(() -> ServiceArchitecture.rulesFor(FIXTURES + "clean", OTHER_SERVICE)
                        .check(fixture("clean")))
                .doesNotThrowAnyException();
    }

    @Test
    void anAggregateThatUsesSpringBreaksThePlainDomain() {
        assertBroken(SPRING_IN_DOMAIN);
    }

    @Test
    void anEventRecordOfAMarkedSealedInterfaceThatUsesSqlBreaksThePlainDomain() {
        assertBroken(SQL_IN_EVENT);
    }

    @Test
    void aValueThatUsesTheServletApiBreaksThePlainDomain() {
        assertBroken(SERVLET_IN_VALUE);
    }

    @Test
    void aTypeNestedInAnAggregateThatHoldsAWireContractBreaksThePlainDomain() {
        assertBroken(CONTRACT_IN_NESTED);
    }

    @Test
    void aSharedPackageIsDomainByItsName() {
        assertBroken(SPRING_IN_SHARED);
    }

    @Test
    void twoPackagesOfOneFeatureTreeThatUseEachOtherAreACycle() {
        assertBroken(CYCLE);
    }

    @Test
    void theRootPackageAndAFeatureThatUseEachOtherAreACycle() {
        assertBroken(ROOT_CYCLE);
    }

    @Test
    void aPublicRepositoryBreaksPackagePrivatePersistence() {
        assertBroken(PUBLIC_REPOSITORY);
    }

    @Test
    void aPublicClassNamedJdbcBreaksPackagePrivatePersistence() {
        assertBroken(JDBC_NAMED);
    }

    @Test
    void aServiceWithoutPersistenceFailsThePersistenceRuleRatherThanPassingIt() {
        assertThatThrownBy(() -> ArchitectureRules.persistenceIsPackagePrivate().check(fixture("isolation")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    void importingAnotherServicesCodeBreaksIsolation() {
        assertBroken(ISOLATION);
    }

    @Test
    void readingBootsKafkaOrDataSourcePropertiesBypassesTheConnectionDetails() {
        assertBroken(CONNECTION_PROPERTIES);
    }

    /**
     * The whole rule set names each planted violation, not merely fails: a fixture plants one violation and has
     * nothing for most other rules to check, which fails them for checking nothing and would hide a rule left out of
     * {@link ServiceArchitecture#rulesFor}. So here, and only here, a rule may check nothing, and the message must name
     * what was planted.
     */
    @Test
    void everyPlantedViolationAlsoFailsTheWholeRuleSet() {
        for (Planted planted : List.of(
                SPRING_IN_DOMAIN,
                SQL_IN_EVENT,
                SERVLET_IN_VALUE,
                CONTRACT_IN_NESTED,
                SPRING_IN_SHARED,
                CYCLE,
                ROOT_CYCLE,
                PUBLIC_REPOSITORY,
                JDBC_NAMED,
                ISOLATION,
                CONNECTION_PROPERTIES)) {
            ArchRule rules = ServiceArchitecture.rulesFor(FIXTURES + planted.fixture(), OTHER_SERVICE)
                    .allowEmptyShould(true);
            assertThatThrownBy(() -> rules.check(fixture(planted.fixture())))
                    .as(planted.fixture())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContainingAll(planted.violationNamed());
        }
    }

    /** A fixture package that plants one violation of {@code rule}, and what the failure message must name. */
    private record Planted(ArchRule rule, String fixture, String... violationNamed) {}

    private static void assertBroken(Planted planted) {
        assertThatThrownBy(() -> planted.rule().check(fixture(planted.fixture())))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(planted.violationNamed());
    }

    private static JavaClasses fixture(String name) {
        return new ClassFileImporter().importPackages(FIXTURES + name);
    }
}
