/**
 * Plain-Java building blocks the features share: the refusals a domain object raises when a rule or a lifecycle forbids
 * a change ({@link org.skillalliance.curriculum.shared.RuleBroken}, {@link org.skillalliance.curriculum.shared.TransitionRefused}),
 * and money in integer minor units with its ISO 4217 currency ({@link org.skillalliance.curriculum.shared.Money}).
 * No Spring, no SQL: they extend web-support's plain-Java refusals, which its one advice answers as problem+json.
 */
package org.skillalliance.curriculum.shared;
