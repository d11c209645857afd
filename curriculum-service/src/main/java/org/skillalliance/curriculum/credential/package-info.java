/**
 * Credentials: Open Badges 3.0 {@code OpenBadgeCredential}s (W3C Verifiable Credentials 2.0) of a completed enrolment
 * whose credential was awarded and of learning at work signed off, signed as VC-JWT (RS256, the issuer's key kept in
 * the database or configured), each with its own bit in a W3C Bitstring Status List for revocation. A feature that
 * earns credentials builds a {@link org.skillalliance.curriculum.credential.CredentialClaim} and calls
 * {@link org.skillalliance.curriculum.credential.CredentialIssuing} ({@code Credentials} for enrolments,
 * {@code WorkplaceLearningCredentials} for signed-off plans and workshop participants, read through the workplace
 * package's use cases); the issuer's key set, the status lists and the verification are public (the signed lists and
 * the key set kept in memory). A revocation sets one credential's bit (a workshop participant's alone); a credential
 * not downloaded yet is registered by its revocation, so it is never issued valid later. The alliance is the issuer,
 * the provider or employer the achievement's creator, the
 * pseudonymous staff id the subject (docs/credentials.md).
 */
package org.skillalliance.curriculum.credential;
