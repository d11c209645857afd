/**
 * What belongs to no feature: the clock, the OpenAPI description, and the translation of the domain's refusals
 * ({@link org.skillalliance.curriculum.shared.RuleBroken}, {@link org.skillalliance.curriculum.shared.TransitionRefused})
 * into the platform's problem+json answers.
 */
package org.skillalliance.curriculum.infrastructure;
