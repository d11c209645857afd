package org.skillalliance.curriculum.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Use case: verifies a credential given as a VC-JWT, as a verifier would, and says what each check found:
 * {@code signature} (a compact JWS, RS256, signed by one of the issuer's keys), {@code issuer} (the payload's
 * {@code iss} and {@code jti} agree with its issuer and id, and this issuer issued that credential id for that
 * alliance), {@code validity} ({@code nbf} = validFrom, not in the future; validUntil/{@code exp} not past) and
 * {@code status} (its {@code BitstringStatusListEntry} is the one issued, and that bit is not set). Nothing but the
 * signature is believed of a credential whose signature fails: the other checks are then not made.
 */
@Service
public class CredentialVerification {

    /** The clock difference tolerated between the issuer and this service for {@code nbf}. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    /** One check and what it found. */
    public record Check(String check, boolean passed, String detail) {}

    /**
     * The outcome: verified when every check passed (and so the credential is not revoked), the checks in order, and
     * the credential's document when its signature holds (null otherwise: an unsigned claim is not shown as one).
     */
    public record Result(boolean verified, boolean revoked, List<Check> checks, Map<String, Object> credential) {}

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final SigningKeys keys;
    private final JdbcIssuedCredentials issued;
    private final CredentialsProperties properties;
    private final JsonMapper json;

    CredentialVerification(
            SigningKeys keys, JdbcIssuedCredentials issued, CredentialsProperties properties, JsonMapper json) {
        this.keys = keys;
        this.issued = issued;
        this.properties = properties;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public Result verify(String compactJws) {
        Check signature = signature(compactJws.strip());
        if (!signature.passed()) {
            String notChecked = "not checked: the signature does not hold";
            return new Result(
                    false,
                    false,
                    List.of(
                            signature,
                            new Check("issuer", false, notChecked),
                            new Check("validity", false, notChecked),
                            new Check("status", false, notChecked)),
                    null);
        }
        Map<String, Object> payload = payload(compactJws.strip());
        Optional<IssuedCredential> registered = idOf(payload.get("jti")).flatMap(issued::find);
        List<Check> checks = new ArrayList<>();
        checks.add(signature);
        checks.add(issuer(payload, registered));
        checks.add(validity(payload));
        Check status = status(payload, registered);
        checks.add(status);
        boolean revoked = registered.map(IssuedCredential::revoked).orElse(false);
        Map<String, Object> credential = new java.util.LinkedHashMap<>(payload);
        List.of("iss", "jti", "nbf", "exp", "sub").forEach(credential::remove);
        return new Result(checks.stream().allMatch(Check::passed) && !revoked, revoked, checks, credential);
    }

    private Check signature(String compactJws) {
        JWSObject jws;
        try {
            jws = JWSObject.parse(compactJws);
        } catch (ParseException e) {
            return new Check("signature", false, "not a compact JWS: " + e.getMessage());
        }
        if (!JWSAlgorithm.RS256.equals(jws.getHeader().getAlgorithm())) {
            return new Check(
                    "signature", false, "the algorithm is " + jws.getHeader().getAlgorithm() + ", not RS256");
        }
        String kid = jws.getHeader().getKeyID();
        Optional<RSAKey> key = kid == null ? Optional.empty() : keys.publicKey(kid);
        if (key.isEmpty()) {
            return new Check("signature", false, "signed with a key the issuer does not publish (kid " + kid + ")");
        }
        try {
            if (!jws.verify(new RSASSAVerifier(key.get()))) {
                return new Check(
                        "signature", false, "the signature does not match the credential: it was altered or forged");
            }
        } catch (JOSEException e) {
            return new Check("signature", false, "the signature cannot be checked: " + e.getMessage());
        }
        try {
            json.readValue(jws.getPayload().toString(), OBJECT);
        } catch (JacksonException e) {
            return new Check("signature", false, "the signed payload is not a JSON object");
        }
        return new Check("signature", true, "RS256 signature by the issuer's key " + kid);
    }

    private Map<String, Object> payload(String compactJws) {
        try {
            return json.readValue(JWSObject.parse(compactJws).getPayload().toString(), OBJECT);
        } catch (ParseException e) {
            throw new IllegalStateException("a verified JWS no longer parses", e);
        }
    }

    private static Check issuer(Map<String, Object> payload, Optional<IssuedCredential> registered) {
        Object issuerId =
                payload.get("issuer") instanceof Map<?, ?> profile ? profile.get("id") : payload.get("issuer");
        if (issuerId == null || !issuerId.equals(payload.get("iss"))) {
            return new Check(
                    "issuer", false, "iss (" + payload.get("iss") + ") is not the issuer's id (" + issuerId + ")");
        }
        if (!Objects.equals(payload.get("id"), payload.get("jti"))) {
            return new Check("issuer", false, "jti is not the credential's id");
        }
        if (registered.isEmpty()) {
            return new Check("issuer", false, "the credential " + payload.get("id") + " was never issued here");
        }
        if (!issuerId.equals(OpenBadgeCredential.urn(registered.get().issuerId()))) {
            return new Check("issuer", false, "the credential was issued by another issuer than " + issuerId);
        }
        return new Check("issuer", true, "issued by " + issuerId);
    }

    private static Check validity(Map<String, Object> payload) {
        Instant now = Instant.now();
        Instant validFrom;
        try {
            validFrom = Instant.parse(String.valueOf(payload.get("validFrom")));
        } catch (DateTimeParseException e) {
            return new Check("validity", false, "validFrom is not a date-time");
        }
        if (!(payload.get("nbf") instanceof Number nbf) || nbf.longValue() != validFrom.getEpochSecond()) {
            return new Check("validity", false, "nbf is not validFrom");
        }
        if (validFrom.isAfter(now.plus(CLOCK_SKEW))) {
            return new Check("validity", false, "not valid before " + validFrom);
        }
        if (payload.get("validUntil") != null) {
            Instant validUntil;
            try {
                validUntil = Instant.parse(String.valueOf(payload.get("validUntil")));
            } catch (DateTimeParseException e) {
                return new Check("validity", false, "validUntil is not a date-time");
            }
            if (!validUntil.isAfter(now)) {
                return new Check("validity", false, "expired on " + validUntil);
            }
            return new Check("validity", true, "valid from " + validFrom + " until " + validUntil);
        }
        return new Check("validity", true, "valid from " + validFrom + ", with no end");
    }

    private Check status(Map<String, Object> payload, Optional<IssuedCredential> registered) {
        if (!(payload.get("credentialStatus") instanceof Map<?, ?> entry)
                || !"BitstringStatusListEntry".equals(entry.get("type"))
                || !"revocation".equals(entry.get("statusPurpose"))) {
            return new Check("status", false, "no BitstringStatusListEntry for revocation");
        }
        if (registered.isEmpty()) {
            return new Check("status", false, "no status kept for a credential never issued here");
        }
        IssuedCredential credential = registered.get();
        String list = properties.statusListUrl(credential.place().list());
        if (!list.equals(entry.get("statusListCredential"))
                || !String.valueOf(credential.place().index()).equals(entry.get("statusListIndex"))) {
            return new Check("status", false, "the status entry is not the one issued with the credential");
        }
        // the bit the status list shows for the credential is set exactly when it is revoked
        return credential.revoked()
                ? new Check(
                        "status", false, "revoked (bit " + credential.place().index() + " of " + list + " is set)")
                : new Check(
                        "status", true, "not revoked (bit " + credential.place().index() + " of " + list + ")");
    }

    private static Optional<UUID> idOf(Object jti) {
        if (jti instanceof String urn && urn.startsWith("urn:uuid:")) {
            try {
                return Optional.of(UUID.fromString(urn.substring("urn:uuid:".length())));
            } catch (IllegalArgumentException notAUuid) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
