package org.skillalliance.curriculum.credential;

import java.time.Instant;
import java.util.UUID;

/**
 * One credential as the issuer keeps it: its id, what it was issued for, who issued and created it, its place in the
 * status lists, and its revocation (null while valid).
 */
record IssuedCredential(
        UUID credentialId,
        CredentialSourceKind sourceKind,
        UUID sourceId,
        UUID subjectId,
        UUID issuerId,
        UUID creatorId,
        BitstringStatusList.Place place,
        Instant issuedAt,
        Instant revokedAt) {

    boolean revoked() {
        return revokedAt != null;
    }
}
