package org.skillalliance.member.apiclient;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.skillalliance.member.shared.IllegalTransition;

/**
 * A machine client of an organisation: its Keycloak client ({@code clientId}, Keycloak's internal {@code keycloakId}),
 * the name the organisation gave it, and its history: when registered, last rotated (and until when the secret before
 * that rotation stays valid), revoked. The secret is Keycloak's alone.
 */
@AggregateRoot
public final class ApiClient {

    /** The longest grace period a rotation may give the old secret: 7 days (the realm's secret-rotation policy). */
    public static final Duration LONGEST_GRACE = Duration.ofDays(7);

    private static final int SLUG_LENGTH = 24;

    private final UUID id;
    private final UUID organisationId;
    private final String clientId;
    private final String keycloakId;
    private final String name;
    private final Instant createdAt;
    private Instant rotatedAt;
    private Instant previousSecretValidUntil;
    private Instant revokedAt;

    public ApiClient(
            UUID id,
            UUID organisationId,
            String clientId,
            String keycloakId,
            String name,
            Instant createdAt,
            Instant rotatedAt,
            Instant previousSecretValidUntil,
            Instant revokedAt) {
        this.id = id;
        this.organisationId = organisationId;
        this.clientId = clientId;
        this.keycloakId = keycloakId;
        this.name = name;
        this.createdAt = createdAt;
        this.rotatedAt = rotatedAt;
        this.previousSecretValidUntil = previousSecretValidUntil;
        this.revokedAt = revokedAt;
    }

    /**
     * The Keycloak client id for a new client of the organisation: {@code org-<first 8 hex digits of the
     * organisation>-<the name in lower-case ASCII letters and digits, joined by hyphens, at most 24>-<6 random hex
     * digits>}, e.g. {@code org-3f2a9c1e-grants-erp-4b7d0a}. Readable in Keycloak's console and logs, and unique
     * without asking Keycloak first.
     */
    public static String clientIdFor(UUID organisationId, String name, RandomGenerator random) {
        String slug = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
        }
        byte[] suffix = new byte[3];
        random.nextBytes(suffix);
        return "org-" + organisationId.toString().substring(0, 8) + "-" + (slug.isEmpty() ? "client" : slug) + "-"
                + HexFormat.of().formatHex(suffix);
    }

    /**
     * A new secret now; the one before stays valid until {@code previousSecretValidUntil}.
     *
     * @throws IllegalTransition when the client was revoked
     */
    public void rotated(Instant at, Instant previousSecretValidUntil) {
        requireActive("rotate-secret");
        this.rotatedAt = at;
        this.previousSecretValidUntil = previousSecretValidUntil;
    }

    /**
     * Revoked now: no token is issued for it any more.
     *
     * @throws IllegalTransition when it was revoked before
     */
    public void revoke(Instant at) {
        requireActive("revoke");
        this.revokedAt = at;
    }

    /** @throws IllegalTransition when the client was revoked */
    public void requireActive(String action) {
        if (status() == ApiClientStatus.REVOKED) {
            throw new IllegalTransition("api-client", id, status(), action);
        }
    }

    public ApiClientStatus status() {
        return revokedAt == null ? ApiClientStatus.ACTIVE : ApiClientStatus.REVOKED;
    }

    public UUID id() {
        return id;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String clientId() {
        return clientId;
    }

    public String keycloakId() {
        return keycloakId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant rotatedAt() {
        return rotatedAt;
    }

    public Instant previousSecretValidUntil() {
        return previousSecretValidUntil;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
