/**
 * The hostile-input test ({@link org.skillalliance.system.hostile.HostileInputIT}): requests an attacker or a careless
 * client would send, generated from the services' own OpenAPI documents rather than listed by hand, sent through the
 * gateway and straight to each service, and judged by one rule set.
 *
 * <p>One class per concern:
 * <ul>
 *   <li>{@link org.skillalliance.system.hostile.ApiDocument}: reads a live OpenAPI document into
 *       {@link org.skillalliance.system.hostile.Operation}s, resolving {@code $ref}s;</li>
 *   <li>{@link org.skillalliance.system.hostile.RealData}: ids and sample values harvested from the seeded platform,
 *       so that what is not under attack is not only well-formed but real;</li>
 *   <li>{@link org.skillalliance.system.hostile.ValidValues}: a schema to a value it accepts;</li>
 *   <li>{@link org.skillalliance.system.hostile.SchemaCheck}: whether a value conforms to a schema (and to the
 *       platform's own bounds), which decides whether a hostile request must be refused or may be accepted;</li>
 *   <li>{@link org.skillalliance.system.hostile.Faults}: the hostile values for one schema, by type;</li>
 *   <li>{@link org.skillalliance.system.hostile.HostileRequests}: an operation to its hostile requests, each with
 *       one fault and everything else valid;</li>
 *   <li>{@link org.skillalliance.system.hostile.Sender} and {@link org.skillalliance.system.hostile.RowCounts}: the
 *       HTTP exchange and the before/after count of a service's rows;</li>
 *   <li>{@link org.skillalliance.system.hostile.Verdicts}: the checker, which collects the findings and prints the
 *       summary.</li>
 * </ul>
 */
package org.skillalliance.system.hostile;
