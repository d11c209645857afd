package org.skillalliance.reporting;

import java.util.UUID;

import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.TestKeycloak;

/** Real tokens from the test JVM's Keycloak for the people and systems that call reporting-service. */
public final class ReportingTokens {


    private ReportingTokens() {
    }

    /** A client of the service on the port calling as an alliance admin (the system tests' caller too). */
    public static ApiClient asAdmin(int port) {
        return ApiClient.onPort(port).withToken(adminToken());
    }

    /** A valid access token of an alliance admin, a person of no organisation. */
    public static String adminToken() {
        return TestKeycloak.instance().adminToken();
    }

    /** A token of a new person with the realm role acting for the organisation (null for none). */
    public static String tokenFor(String role, UUID organisationId) {
        return TestKeycloak.instance().tokenFor(role, organisationId);
    }

    /** A client-credentials token of a new system of the funder (role {@code funder}, the funder's {@code org_id}). */
    public static String funderSystemToken(UUID funderId) {
        TestKeycloak keycloak = TestKeycloak.instance();
        return keycloak.token(keycloak.createFunderSystem(funderId));
    }
}
