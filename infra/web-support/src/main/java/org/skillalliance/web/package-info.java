/**
 * What every service's HTTP API shares: errors as RFC 9457 problem+json naming each offending field and its reason
 * ({@link org.skillalliance.web.ProblemDetailsHandler}, {@link org.skillalliance.web.ApiException} and its kinds), and
 * pages of results ({@link org.skillalliance.web.PageResponse}). See docs/api.md.
 */
package org.skillalliance.web;
