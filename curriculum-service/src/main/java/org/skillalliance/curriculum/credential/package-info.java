/**
 * Credentials: a completed enrolment whose credential was awarded yields an Open Badges 3.0
 * {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0 document in JSON-LD) that a wallet can import: the
 * alliance as issuer profile, the course as achievement with its criteria, skills as ESCO alignments and the provider
 * as creator, the pseudonymous staff id as credential subject, and {@code validFrom} the moment the outcome was recorded.
 */
package org.skillalliance.curriculum.credential;
