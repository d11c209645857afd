package org.skillalliance.curriculum.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The issuer's RSA 2048 signing key (RS256): the JWK given in {@code CREDENTIALS_SIGNING_KEY}, or else the one kept in
 * {@code credential_signing_key}, generated on first use and inserted if absent so that every instance signs with the
 * same key (the first insert wins, the others read it). Its {@code kid} is its JWK thumbprint (RFC 7638, SHA-256).
 * A configured key's public JWK is stored there too on first use (inserted if absent, under a purpose of its own), so
 * that after it is replaced it stays published and the credentials it signed still verify.
 *
 * <p>A key is created or stored in a transaction of its own (a new one, committed before the key is used), never in
 * the caller's: a read-only verification may be the first to need the key, and a caller's rollback must not leave a
 * key in use that was never stored. The public key set (the signing key and every stored key) is read once and kept
 * in memory for {@link #KEY_SET_KEPT_FOR}: a key another instance stores is published here within that time.
 */
@Component
class SigningKeys {

    static final int KEY_BITS = 2048;
    /** How long the public key set is kept in memory before it is read from the database again. */
    static final Duration KEY_SET_KEPT_FOR = Duration.ofMinutes(1);

    private static final String PURPOSE = "credential-issuer";
    /** The purpose of a configured key's public JWK, followed by its kid (one row per configured key). */
    private static final String CONFIGURED_PURPOSE = "credential-issuer-configured ";

    private final JdbcClient jdbc;
    private final CredentialsProperties properties;
    private final TransactionTemplate ownTransaction;
    private volatile RSAKey signing;
    private volatile KeySetRead keySet;

    private record KeySetRead(JWKSet keys, Instant readAt) {}

    SigningKeys(JdbcClient jdbc, CredentialsProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The private key credentials are signed with (its kid set), stored before it is first used. */
    RSAKey signingKey() {
        RSAKey key = signing;
        if (key == null) {
            synchronized (this) {
                if (signing == null) {
                    signing = ownTransaction.execute(status ->
                            properties.signingKey().isEmpty() ? kept() : stored(configured(properties.signingKey())));
                }
                key = signing;
            }
        }
        return key;
    }

    /** The public keys a verifier may meet in a credential's header (read at most every {@link #KEY_SET_KEPT_FOR}). */
    JWKSet publicKeys() {
        KeySetRead read = keySet;
        Instant now = Instant.now();
        if (read == null || read.readAt().plus(KEY_SET_KEPT_FOR).isBefore(now)) {
            read = new KeySetRead(readPublicKeys(), now);
            keySet = read;
        }
        return read.keys();
    }

    /** The public key of a kid, if it is one of the issuer's. */
    Optional<RSAKey> publicKey(String kid) {
        return Optional.ofNullable(publicKeys().getKeyByKeyId(kid)).map(JWK::toRSAKey);
    }

    /** The public key set as its JSON object (never a private part). */
    Map<String, Object> publicKeySetJson() {
        return publicKeys().toJSONObject(true);
    }

    private JWKSet readPublicKeys() {
        List<JWK> keys = new ArrayList<>();
        keys.add(signingKey().toPublicJWK());
        for (String jwk : jdbc.sql("select jwk from credential_signing_key order by created_at, kid")
                .query(String.class)
                .list()) {
            RSAKey key = parse(jwk);
            if (keys.stream().noneMatch(k -> k.getKeyID().equals(key.getKeyID()))) {
                keys.add(key.toPublicJWK());
            }
        }
        return new JWKSet(keys);
    }

    private RSAKey kept() {
        Optional<String> existing = keptJwk();
        if (existing.isPresent()) {
            return parse(existing.get());
        }
        RSAKey generated = withThumbprintAsKid(generate());
        insertIfAbsent(PURPOSE, generated.getKeyID(), generated.toJSONString());
        return parse(keptJwk().orElseThrow());
    }

    /** The configured key, its public JWK stored if it is not yet (so that it stays published once replaced). */
    private RSAKey stored(RSAKey configured) {
        insertIfAbsent(
                CONFIGURED_PURPOSE + configured.getKeyID(),
                configured.getKeyID(),
                configured.toPublicJWK().toJSONString());
        return configured;
    }

    private void insertIfAbsent(String purpose, String kid, String jwk) {
        jdbc.sql("insert into credential_signing_key (purpose, kid, jwk) values (:purpose, :kid, :jwk)"
                        + " on conflict do nothing")
                .param("purpose", purpose)
                .param("kid", kid)
                .param("jwk", jwk)
                .update();
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
