package org.skillalliance.reporting.projection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What stands for an erased staff member in the workplace learning rows ({@code rp_workplace_learning.learner}): not
 * the staff id, but one pseudonym per staff id, always the same, so that the person's sign-offs still count as one
 * learner and a rebuild (which applies the erasure before the sign-offs: member's topic is replayed first) writes the
 * same rows as live consumption (which applied them the other way round).
 *
 * <p>The pseudonym is keyed: the HMAC-SHA256 of the staff id under a secret only reporting holds, so whoever knows a
 * staff id cannot tell which pseudonym is theirs. The secret is {@code REPORTING_ERASURE_KEY} if given, or else the one
 * kept in {@code rp_erasure_key}, generated on first use and inserted if absent so that every instance uses the same
 * (the first insert wins, the others read it). A rebuild keeps it, so rebuilt rows equal the live ones.
 */
@Component
@EnableConfigurationProperties(ErasureKeyProperties.class)
class ErasedLearners {

    static final int MIN_KEY_BYTES = 32;
    private static final String PURPOSE = "erased-learner";
    private static final String HMAC = "HmacSHA256";

    private final JdbcClient jdbc;
    private final ErasureKeyProperties properties;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key;

    ErasedLearners(JdbcClient jdbc, ErasureKeyProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The pseudonym of the erased staff member: the first 128 bits of the HMAC-SHA256 of the staff id's text under the
     * erasure key, as a UUID of version 8 (RFC 9562, custom) so that it is a well-formed UUID; never the staff id.
     */
    UUID pseudonym(UUID staffId) {
        byte[] digest = hmac(key(), staffId.toString().getBytes(StandardCharsets.US_ASCII));
        digest[6] = (byte) ((digest[6] & 0x0f) | 0x80);
        digest[8] = (byte) ((digest[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(digest, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    /**
     * Takes the staff member's lock until the current transaction ends: the erasure and a sign-off of the same person
     * take it before they look at or rewrite that person's rows, so one waits for the other to commit. Without it, under
     * READ COMMITTED, a sign-off inserted while an erasure is uncommitted (member and curriculum events are consumed in
     * parallel, on other partitions or instances) sees no erasure, and the erasure's rewrite does not see the sign-off:
     * the staff id would stay. A transaction advisory lock on a 64-bit hash of {@code staff-member:} and the staff id
     * (another person with the same hash would only wait a moment more). A batch holding two people's locks
     * in the other order than another batch deadlocks; PostgreSQL aborts one, and the listener applies it again record
     * by record, each holding one lock.
     */
    static void lockStaffMember(JdbcClient jdbc, UUID staffId) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtextextended('staff-member:' || cast(:staffId as text), 0))")
                .param("staffId", staffId)
                .query(Integer.class)
                .single();
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    String configured = properties.erasureKey();
                    key = configured == null || configured.isBlank() ? kept() : configured(configured.strip());
                }
                known = key;
            }
        }
        return known;
    }

    /**
     * The kept key, generated and inserted if absent, in a transaction of its own: the key remembered here is one that
     * is committed, whatever becomes of the projection's transaction that first needed it.
     */
    private byte[] kept() {
        return ownTransaction.execute(status -> keptOrInserted());
    }

    private byte[] keptOrInserted() {
        byte[] generated = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(generated);
        jdbc.sql(
                        "insert into rp_erasure_key (purpose, secret) values (:purpose, :secret) on conflict (purpose) do nothing")
                .param("purpose", PURPOSE)
                .param("secret", generated)
                .update();
        return jdbc.sql("select secret from rp_erasure_key where purpose = :purpose")
                .param("purpose", PURPOSE)
                .query(byte[].class)
                .single();
    }

    private static byte[] configured(String base64) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("REPORTING_ERASURE_KEY must be base64: " + notBase64.getMessage());
        }
        if (decoded.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("REPORTING_ERASURE_KEY has " + decoded.length + " bytes; at least "
                    + MIN_KEY_BYTES + " are needed");
        }
        return decoded;
    }

    private static byte[] hmac(byte[] key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(message);
        } catch (GeneralSecurityException noHmac) {
            throw new IllegalStateException("HMAC-SHA256 is not available", noHmac);
        }
    }
}
