/**
 * The cohort quote for an employer: the price, the employer's share of one seat, the grant offset funding-service
 * expects for it, and the net cost. The call to funding-service is the one synchronous call of this service and is
 * guarded (time limit, retry with backoff, circuit breaker); without an answer the quote still comes, saying the
 * offset is unknown.
 */
package org.skillalliance.curriculum.quote;
