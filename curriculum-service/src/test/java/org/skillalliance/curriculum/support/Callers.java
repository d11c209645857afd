package org.skillalliance.curriculum.support;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.skillalliance.testsupport.TestKeycloak;

/**
 * Real people of the test JVM's Keycloak and their access tokens: an alliance admin shared by every test class, and
 * people with a realm role acting for an organisation. Tokens are reused until a minute before they expire (the realm
 * gives 5 minutes), so long tests and 100 parallel requests need only a few token requests.
 */
public final class Callers {

    private static volatile Supplier<String> admin;

    private Callers() {
    }

    /** The tokens of the JVM's alliance admin (a person of no organisation who may do everything). */
    public static Supplier<String> admin() {
        Supplier<String> tokens = admin;
        if (tokens == null) {
            synchronized (Callers.class) {
                if (admin == null) {
                    admin = tokensOf(TestKeycloak.instance().createPerson("alliance-admin", null));
                }
                tokens = admin;
            }
        }
        return tokens;
    }

    /** The tokens of a new person with the realm role ({@code member-admin}, ...) acting for the organisation. */
    public static Supplier<String> person(String role, UUID organisationId) {
        return tokensOf(TestKeycloak.instance().createPerson(role, organisationId));
    }

    /** Fresh-enough tokens of the person, fetched again a minute before the current one expires. */
    public static Supplier<String> tokensOf(TestKeycloak.Person person) {
        return new Supplier<>() {
            private String token;
            private Instant renewAfter = Instant.MIN;

            @Override
            public synchronized String get() {
                if (Instant.now().isAfter(renewAfter)) {
                    token = TestKeycloak.instance().token(person);
                    long expires = TestKeycloak.claims(token).path("exp").asLong();
                    renewAfter = Instant.ofEpochSecond(expires).minusSeconds(60);
                }
                return token;
            }
        };
    }
}
