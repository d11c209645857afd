package org.skillalliance.testsupport.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The architecture rules every service holds itself to, recognised by annotation and package, never by lists of class
 * names (docs/architecture-rules.md). {@link ServiceArchitecture} applies them all to a service.
 *
 * <p><b>Domain</b> types are those marked with a jMolecules DDD or event annotation ({@code @AggregateRoot},
 * {@code @Entity}, {@code @ValueObject}, {@code @Service}, {@code @Repository}, {@code @Factory} of
 * {@code org.jmolecules.ddd.annotation}, {@code @DomainEvent} of {@code org.jmolecules.event.annotation}), directly or
 * through a meta-annotation; every subtype of an event, value, entity or aggregate (the records of a sealed
 * {@code @DomainEvent} interface), though not the implementations of a port marked {@code @Repository},
 * {@code @Service} or {@code @Factory}, which live outside the domain; every type nested in a domain type; and every
 * type of a service's {@code shared} package, the plain-Java refusals and values its features share.
 * <b>Persistence</b> types are those annotated with Spring's {@code @Repository} or named {@code Jdbc*}.
 */
public final class ArchitectureRules {

    private static final String JMOLECULES_DDD = "org.jmolecules.ddd.annotation";
    private static final String JMOLECULES_DOMAIN_EVENT = "org.jmolecules.event.annotation.DomainEvent";
    private static final Set<String> PORT_ROLES = Set.of("Repository", "Service", "Factory");
    private static final String SPRING_REPOSITORY = "org.springframework.stereotype.Repository";
    private static final String KAFKA_PROPERTIES = "org.springframework.boot.kafka.autoconfigure.KafkaProperties";
    private static final String DATA_SOURCE_PROPERTIES =
            "org.springframework.boot.jdbc.autoconfigure.DataSourceProperties";
    private static final String WEB_SUPPORT = "org.skillalliance.web..";
    private static final String WEB_SUPPORT_RULE_REFUSAL = "org.skillalliance.web.RuleRefusal";
    private static final String WEB_SUPPORT_ILLEGAL_TRANSITION = "org.skillalliance.web.IllegalTransitionException";
    private static final String WEB_SUPPORT_FIELD_VIOLATION = "org.skillalliance.web.FieldViolation";

    private ArchitectureRules() {}

    /** The types that make up a service's domain (see the class comment). */
    public static DescribedPredicate<JavaClass> domainTypes() {
        return DescribedPredicate.describe(
                "domain types (marked by jMolecules, subtypes of marked events and values, nested types, shared)",
                ArchitectureRules::isDomain);
    }

    /**
     * Domain types use neither Spring (its web and JDBC parts included), nor SQL, nor the servlet API, nor the wire
     * contracts and the messaging that carries them, nor a JSON library. Of web-support they may use only its
     * plain-Java refusals ({@code RuleRefusal} and {@code IllegalTransitionException}, with what they carry), which its
     * one advice answers as problem+json.
     */
    public static ArchRule domainIsPlainJava() {
        return noClasses()
                .that(domainTypes())
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "org.springframework..",
                                "java.sql..",
                                "javax.sql..",
                                "jakarta.servlet..",
                                "jakarta.persistence..",
                                "org.skillalliance.contracts..",
                                "org.skillalliance.messaging..",
                                "org.apache.kafka..",
                                "tools.jackson..",
                                "com.fasterxml.jackson..")
                        .or(resideInAPackage(WEB_SUPPORT).and(not(webSupportRefusals())))
                        .as("Spring, SQL, the servlet API, wire contracts, messaging, JSON or web-support beyond its"
                                + " refusals"))
                .because("domain objects guard their rules in plain Java; the wire contracts stop at the publishers"
                        + " and the listeners (STYLE.md)");
    }

    /**
     * No package of the service depends, directly or through others, on a package that depends back on it: every
     * package at every depth is its own slice, the service's root package included, so a cycle between two features of
     * a feature tree (curriculum's {@code skillsneeds.gap} and {@code skillsneeds.profile}) counts as much as one
     * between two top-level features or one between the root package and a feature (the gateway's {@code bff}).
     */
    public static ArchRule noCyclesBetweenPackages(String servicePackage) {
        return slices().assignedFrom(packagesOf(servicePackage))
                .namingSlices("package $1")
                .should()
                .beFreeOfCycles()
                .because("dependencies between features point one way; a port the upstream feature declares and the"
                        + " downstream one implements turns a dependency around (docs/curriculum.md)");
    }

    /** Each package of the service, its root package included, as its own slice; classes outside it in none. */
    private static SliceAssignment packagesOf(String servicePackage) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String packageName = javaClass.getPackageName();
                return packageName.equals(servicePackage) || packageName.startsWith(servicePackage + ".")
                        ? SliceIdentifier.of(packageName)
                        : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "every package of " + servicePackage + " its own slice";
            }
        };
    }

    /**
     * Persistence ({@code @Repository}, {@code Jdbc*}) is package-private: its feature's use cases are the way in. Fails
     * on a set of classes with no persistence type at all, as where the {@code @Repository}s were missed.
     */
    public static ArchRule persistenceIsPackagePrivate() {
        return classes()
                .that()
                .areMetaAnnotatedWith(SPRING_REPOSITORY)
                .or()
                .haveSimpleNameStartingWith("Jdbc")
                .should()
                .notBePublic()
                .because("a feature's tables are reached through its use cases, never by another feature's SQL");
    }

    /** No class of the service depends on another service's code. */
    public static ArchRule importsNoOtherServicesCode(Collection<String> otherServicePackages) {
        return noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(otherServicePackages.stream()
                        .map(servicePackage -> servicePackage + "..")
                        .toArray(String[]::new))
                .because("services learn about each other from events, never from each other's code");
    }

    /**
     * No class reads its connection settings from Boot's {@code KafkaProperties} or {@code DataSourceProperties}:
     * connections come through Boot's {@code ConnectionDetails} and the factories and DataSource Boot builds from them,
     * so that whatever hands a connection over as a {@code ConnectionDetails} bean (a test's {@code @RealInfrastructure},
     * a container's {@code @ServiceConnection}) reaches every client, not only those that read the properties.
     */
    public static ArchRule connectionsComeThroughConnectionDetails() {
        return noClasses()
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName(KAFKA_PROPERTIES)
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName(DATA_SOURCE_PROPERTIES)
                .because("connection settings come through Boot's ConnectionDetails and the factories it builds from"
                        + " them (docs/architecture-rules.md)");
    }

    private static DescribedPredicate<JavaClass> webSupportRefusals() {
        return assignableTo(WEB_SUPPORT_RULE_REFUSAL)
                .or(assignableTo(WEB_SUPPORT_ILLEGAL_TRANSITION))
                .or(DescribedPredicate.describe("nested in a refusal", ArchitectureRules::isNestedInRefusal))
                .or(assignableTo(WEB_SUPPORT_FIELD_VIOLATION));
    }

    /** By name, so that it holds whether or not web-support's classes are on the class path the rules import from. */
    private static boolean isNestedInRefusal(JavaClass type) {
        return type.getName().startsWith(WEB_SUPPORT_RULE_REFUSAL + "$");
    }

    private static boolean isDomain(JavaClass type) {
        return type.getPackageName().endsWith(".shared")
                || type.isMetaAnnotatedWith(domainMarker(ArchitectureRules::isJMoleculesDomainAnnotation))
                || type.getAllClassesSelfIsAssignableTo().stream()
                        .anyMatch(supertype ->
                                supertype.isMetaAnnotatedWith(domainMarker(ArchitectureRules::isInheritedDomainMark)))
                || type.getEnclosingClass().map(ArchitectureRules::isDomain).orElse(false);
    }

    private static DescribedPredicate<JavaAnnotation<?>> domainMarker(Predicate<JavaAnnotation<?>> test) {
        return DescribedPredicate.describe("a jMolecules DDD or event annotation", test);
    }

    private static boolean isJMoleculesDomainAnnotation(JavaAnnotation<?> annotation) {
        JavaClass annotationType = annotation.getRawType();
        return annotationType.getPackageName().equals(JMOLECULES_DDD)
                || annotationType.getName().equals(JMOLECULES_DOMAIN_EVENT);
    }

    /**
     * What a subtype is because its supertype is: an event, a value, an entity. Not a repository, a service or a
     * factory: a port the domain declares with those is implemented outside it (curriculum's {@code *Adapter}s).
     */
    private static boolean isInheritedDomainMark(JavaAnnotation<?> annotation) {
        return isJMoleculesDomainAnnotation(annotation)
                && !PORT_ROLES.contains(annotation.getRawType().getSimpleName());
    }
}
