/**
 * Plain-Java building blocks the features share: the refusals a domain object or a use case raises when a rule or a
 * lifecycle forbids a change ({@link org.skillalliance.member.shared.RuleBroken},
 * {@link org.skillalliance.member.shared.IllegalTransition}). No Spring, no SQL: they extend web-support's plain-Java
 * refusals, which its one advice answers as problem+json (400 {@code validation}, 422 {@code rule-violation}, 409
 * {@code illegal-transition}). Who may do what (403), what does not exist (404) and what collides with existing data
 * (409 {@code conflict}) stay web-support's {@code ApiException} kinds, raised by the use cases.
 */
package org.skillalliance.member.shared;
