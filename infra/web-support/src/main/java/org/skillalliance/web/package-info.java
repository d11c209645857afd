/**
 * What every service's HTTP API shares: errors as RFC 9457 problem+json naming each offending field and its reason
 * ({@link org.skillalliance.web.ProblemDetailsHandler}, {@link org.skillalliance.web.ApiException} and its kinds),
 * pages of results ({@link org.skillalliance.web.PageResponse}), and one input policy for every request (strict JSON
 * types, text without control characters, bounded strings and money: {@link org.skillalliance.web.InputPolicy},
 * {@link org.skillalliance.web.MinorUnits}); errors no controller answers as problem+json too (the container's,
 * {@code /error}'s) and the body limit ({@link org.skillalliance.web.ErrorResponsesAutoConfiguration}). See docs/api.md.
 */
package org.skillalliance.web;
