package org.skillalliance.testsupport;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as an authenticator app computes them, with the realm's OTP policy
 * (Keycloak's defaults: HMAC-SHA1, 6 digits, 30-second steps): what a test types where a person types the code from
 * their phone. The secret is the one Keycloak's "set up your authenticator" page carries in its {@code totpSecret}
 * field (the QR code and the key shown beside it encode the same bytes).
 */
public final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;

    private Totp() {}

    /** The code for this moment. */
    public static String code(String secret, Instant at) {
        long step = at.getEpochSecond() / STEP_SECONDS;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }

    /** The code for now. */
    public static String code(String secret) {
        return code(secret, Instant.now());
    }
}
