package org.skillalliance.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The people and systems that call the services in tests, with real tokens from the test JVM's Keycloak: the JVM's
 * alliance admin, a new person with a realm role acting for an organisation, a learner linked to a staff record, a
 * funder's system, and an admin whose token has run out. Suppliers hand out a person's token until a minute before it
 * expires (the realm gives 5 minutes), so a long matrix needs only a few token requests.
 */
public final class Callers {

    private Callers() {}

    /** A client of the service on the port calling as the JVM's alliance admin (a person of no organisation). */
    public static ApiClient asAdmin(int port) {
        return ApiClient.onPort(port).withToken(adminToken());
    }

    /** A valid access token of the JVM's alliance admin. */
    public static String adminToken() {
        return TestKeycloak.instance().adminToken();
    }

    /** The tokens of the JVM's alliance admin. */
    public static Supplier<String> admin() {
        return TestKeycloak.instance()::adminToken;
    }

    /** The tokens of a new person with the realm role ({@code member-admin}, ...) acting for the organisation. */
    public static Supplier<String> person(String role, UUID organisationId) {
        return TestKeycloak.instance().tokens(TestKeycloak.instance().createPerson(role, organisationId));
    }

    /** A token of a new person with the realm role acting for the organisation (null for none). */
    public static String tokenFor(String role, UUID organisationId) {
        return TestKeycloak.instance().tokenFor(role, organisationId);
    }

    /** The tokens of a new learner of the employer, linked to the staff record as an accepted invitation links it. */
    public static Supplier<String> learner(UUID employerId, UUID staffId) {
        return TestKeycloak.instance().tokens(TestKeycloak.instance().createLearner(employerId, staffId));
    }

    /** A client-credentials token of a new system of the funder (role {@code funder}, the funder's {@code org_id}). */
    public static String funderSystemToken(UUID funderId) {
        TestKeycloak keycloak = TestKeycloak.instance();
        return keycloak.token(keycloak.createFunderSystem(funderId));
    }

    /**
     * A token of a new alliance admin (a system whose tokens live one second): it runs out a second after it is made,
     * and the services refuse it once their clock skew (5 s) has passed too ({@link #expired}).
     */
    public static String shortLivedAdminToken() {
        TestKeycloak keycloak = TestKeycloak.instance();
        return keycloak.token(keycloak.createSystem(UUID.randomUUID(), "alliance-admin", true, 1));
    }

    /**
     * The token once {@code door} refuses it on {@code path} with 401: for a {@link #shortLivedAdminToken} and a path
     * an admin may read, only its expiry can explain a 401 in a matrix.
     */
    public static String expired(String token, ApiClient door, String path) {
        ApiClient probe = door.withToken(token);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> probe.get(path).status() == 401);
        return token;
    }
}
