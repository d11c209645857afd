/**
 * Plain-Java building blocks the features share: the refusals a domain object raises when a rule or a lifecycle forbids
 * a change ({@link org.skillalliance.curriculum.shared.RuleBroken}, {@link org.skillalliance.curriculum.shared.TransitionRefused}),
 * and money in integer minor units with its ISO 4217 currency ({@link org.skillalliance.curriculum.shared.Money}).
 * No Spring, no SQL: the web layer turns the refusals into problem+json (see the infrastructure package).
 */
package org.skillalliance.curriculum.shared;
