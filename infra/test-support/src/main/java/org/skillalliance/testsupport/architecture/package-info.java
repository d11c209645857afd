/**
 * The architecture rules every service's {@code ArchitectureTest} checks, written once: domain types in plain Java,
 * no cycles between packages, persistence package-private, no other service's code ({@link
 * org.skillalliance.testsupport.architecture.ArchitectureRules}); one call applies them all ({@link
 * org.skillalliance.testsupport.architecture.ServiceArchitecture}). Domain types are recognised by jMolecules'
 * annotations and the {@code shared} package, persistence by Spring's {@code @Repository} and the {@code Jdbc} prefix:
 * docs/architecture-rules.md.
 */
package org.skillalliance.testsupport.architecture;
