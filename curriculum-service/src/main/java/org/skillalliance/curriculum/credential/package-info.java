/**
 * Credentials: Open Badges 3.0 {@code OpenBadgeCredential}s (W3C Verifiable Credentials 2.0) of a completed enrolment
 * whose credential was awarded and of learning at work signed off, signed as VC-JWT (RS256, the issuer's key kept in
 * the database or configured), each with its own bit in a W3C Bitstring Status List for revocation. A feature that
 * earns credentials builds a {@link org.skillalliance.curriculum.credential.CredentialClaim} and calls
 * {@link org.skillalliance.curriculum.credential.CredentialIssuing}; the issuer's key set, the status lists and the
 * verification are public (the signed lists and the key set kept in memory). Revocations are kept per source, so a
 * credential issued after its source was revoked is born revoked; the workplace feature tells, through
 * {@link org.skillalliance.curriculum.credential.SignedOffLearningAtWork}, whose learning at work it was. The alliance is the issuer, the provider or employer the achievement's creator, the
 * pseudonymous staff id the subject (docs/credentials.md).
 */
package org.skillalliance.curriculum.credential;
