/**
 * What every service's HTTP API shares: errors as RFC 9457 problem+json naming each offending field and its reason
 * ({@link org.skillalliance.web.ProblemDetailsHandler}, {@link org.skillalliance.web.ApiException} and its kinds),
 * pages of results ({@link org.skillalliance.web.PageResponse}), and one input policy for every request (strict JSON
 * types, text without control characters, bounded strings and money: {@link org.skillalliance.web.InputPolicy},
 * {@link org.skillalliance.web.MinorUnits}). See docs/api.md.
 */
package org.skillalliance.web;
