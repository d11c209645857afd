/**
 * Plain-Java building blocks the features share: the refusals a domain object or a use case raises when a rule or a
 * lifecycle forbids a change ({@link org.skillalliance.funding.shared.RuleBroken},
 * {@link org.skillalliance.funding.shared.IllegalTransition}), and the size band of an employer
 * ({@link org.skillalliance.funding.shared.SizeBand}), funding's own rather than member-service's contract enum. No
 * Spring, no SQL: the refusals extend web-support's plain-Java refusals, which its one advice answers as problem+json.
 */
package org.skillalliance.funding.shared;
