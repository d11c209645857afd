package org.skillalliance.member.invitation;

import java.security.SecureRandom;

/**
 * The password an invited person first logs in with: chosen by the inviter, or generated here. It is handed to
 * Keycloak and, when generated, to the inviter once; {@link #toString()} never shows it, so that no log line or
 * exception message can carry it.
 */
public final class InitialPassword {

    static final int GENERATED_LENGTH = 20;

    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "-_.!@#%+=";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;
    private final boolean generated;

    private InitialPassword(String value, boolean generated) {
        this.value = value;
        this.generated = generated;
    }

    /** The inviter's choice (its strength is checked at the API's edge). */
    public static InitialPassword chosen(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("a chosen password must not be empty");
        }
        return new InitialPassword(value, false);
    }

    /**
     * A random password of 20 characters from lower and upper case letters, digits and symbols (about 120 bits), with
     * at least one of each kind; look-alike characters (l, 1, I, O, 0) are left out, since it is read off a screen.
     */
    public static InitialPassword generate() {
        char[] password = new char[GENERATED_LENGTH];
        String[] kinds = {LOWER, UPPER, DIGITS, SYMBOLS};
        for (int i = 0; i < password.length; i++) {
            String from = i < kinds.length ? kinds[i] : ALL;
            password[i] = from.charAt(RANDOM.nextInt(from.length()));
        }
        for (int i = password.length - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new InitialPassword(new String(password), true);
    }

    /** The password itself: only for Keycloak and for the one answer that hands a generated password over. */
    public String reveal() {
        return value;
    }

    public boolean generated() {
        return generated;
    }

    @Override
    public String toString() {
        return generated ? "InitialPassword[generated, hidden]" : "InitialPassword[chosen, hidden]";
    }
}
