package org.skillalliance.curriculum.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The issuer's RSA 2048 signing key (RS256): the JWK given in {@code CREDENTIALS_SIGNING_KEY}, or else the one kept in
 * {@code credential_signing_key}, generated on first use and inserted if absent so that every instance signs with the
 * same key (the first insert wins, the others read it). Its {@code kid} is its JWK thumbprint (RFC 7638, SHA-256).
 * The public key set lists the signing key and every key kept in the database, so that a credential signed before a
 * configured key took over still verifies.
 */
@Component
class SigningKeys {

    static final int KEY_BITS = 2048;
    private static final String PURPOSE = "credential-issuer";

    private final JdbcClient jdbc;
    private final CredentialsProperties properties;
    private volatile RSAKey signing;

    SigningKeys(JdbcClient jdbc, CredentialsProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The private key credentials are signed with (its kid set). */
    RSAKey signingKey() {
        RSAKey key = signing;
        if (key == null) {
            synchronized (this) {
                if (signing == null) {
                    signing = properties.signingKey().isEmpty() ? kept() : configured(properties.signingKey());
                }
                key = signing;
            }
        }
        return key;
    }

    /** The public keys a verifier may meet in a credential's header. */
    JWKSet publicKeys() {
        List<JWK> keys = new ArrayList<>();
        keys.add(signingKey().toPublicJWK());
        for (String jwk : jdbc.sql("select jwk from credential_signing_key order by created_at")
                .query(String.class)
                .list()) {
            RSAKey key = parse(jwk);
            if (keys.stream().noneMatch(k -> k.getKeyID().equals(key.getKeyID()))) {
                keys.add(key.toPublicJWK());
            }
        }
        return new JWKSet(keys);
    }

    /** The public key of a kid, if it is one of the issuer's. */
    Optional<RSAKey> publicKey(String kid) {
        return publicKeys().getKeys().stream()
                .filter(key -> key.getKeyID().equals(kid))
                .map(JWK::toRSAKey)
                .findFirst();
    }

    /** The public key set as its JSON object (never a private part). */
    Map<String, Object> publicKeySetJson() {
        return publicKeys().toJSONObject(true);
    }

    private RSAKey kept() {
        Optional<String> existing = keptJwk();
        if (existing.isPresent()) {
            return parse(existing.get());
        }
        RSAKey generated = withThumbprintAsKid(generate());
        jdbc.sql("insert into credential_signing_key (purpose, kid, jwk) values (:purpose, :kid, :jwk)"
                        + " on conflict (purpose) do nothing")
                .param("purpose", PURPOSE)
                .param("kid", generated.getKeyID())
                .param("jwk", generated.toJSONString())
                .update();
        return parse(keptJwk().orElseThrow());
    }

    private Optional<String> keptJwk() {
        return jdbc.sql("select jwk from credential_signing_key where purpose = :purpose")
                .param("purpose", PURPOSE)
                .query(String.class)
                .optional();
    }

    private static RSAKey configured(String jwk) {
        RSAKey key = parse(jwk);
        if (!key.isPrivate()) {
            throw new IllegalStateException("CREDENTIALS_SIGNING_KEY must be a private RSA JWK (it has no \"d\")");
        }
        if (key.size() < KEY_BITS) {
            throw new IllegalStateException(
                    "CREDENTIALS_SIGNING_KEY has " + key.size() + " bits; at least " + KEY_BITS + " are needed");
        }
        return withThumbprintAsKid(key);
    }

    private static RSAKey parse(String jwk) {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("the credential signing key is not an RSA JWK: " + e.getMessage(), e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_BITS).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the credential signing key", e);
        }
    }

    private static RSAKey withThumbprintAsKid(RSAKey key) {
        try {
            return new RSAKey.Builder(key)
                    .keyID(key.computeThumbprint().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the signing key's thumbprint", e);
        }
    }
}
