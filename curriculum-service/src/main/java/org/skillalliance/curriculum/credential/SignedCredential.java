package org.skillalliance.curriculum.credential;

import java.util.Map;
import java.util.UUID;

/**
 * A credential as issued: its id, the {@code OpenBadgeCredential} document (JSON-LD, with its
 * {@code credentialStatus}) and the same document signed as a VC-JWT (compact JWS).
 */
public record SignedCredential(UUID credentialId, Map<String, Object> document, String compactJws) {}
