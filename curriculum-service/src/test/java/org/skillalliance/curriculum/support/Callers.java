package org.skillalliance.curriculum.support;

import java.util.UUID;
import java.util.function.Supplier;

import org.skillalliance.testsupport.TestKeycloak;

/**
 * Real people of the test JVM's Keycloak and their access tokens: an alliance admin shared by every test class, and
 * people with a realm role acting for an organisation. Tokens are reused until a minute before they expire (the realm
 * gives 5 minutes), so long tests and 100 parallel requests need only a few token requests.
 */
public final class Callers {

    private Callers() {
    }

    /** The tokens of the JVM's alliance admin (a person of no organisation who may do everything). */
    public static Supplier<String> admin() {
        return TestKeycloak.instance()::adminToken;
    }

    /** The tokens of a new person with the realm role ({@code member-admin}, ...) acting for the organisation. */
    public static Supplier<String> person(String role, UUID organisationId) {
        return tokensOf(TestKeycloak.instance().createPerson(role, organisationId));
    }

    /** Fresh-enough tokens of the person, fetched again a minute before the current one expires. */
    public static Supplier<String> tokensOf(TestKeycloak.Person person) {
        return TestKeycloak.instance().tokens(person);
    }
}
