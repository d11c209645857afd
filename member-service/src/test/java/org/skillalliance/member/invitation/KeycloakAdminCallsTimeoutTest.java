package org.skillalliance.member.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.ResourceAccessException;

/** A Keycloak that answers too slowly is told apart from one that cannot be reached, in the 503's detail. */
class KeycloakAdminCallsTimeoutTest {

    @Test
    void aReadOrRequestTimeoutIsATimeoutAndARefusedConnectionIsNot() {
        assertThat(KeycloakAdminCalls.timedOut(new ResourceAccessException(
                        "I/O error", new java.io.IOException(new SocketTimeoutException("Read timed out")))))
                .isTrue();
        assertThat(KeycloakAdminCalls.timedOut(
                        new ResourceAccessException("I/O error", new HttpTimeoutException("request timed out"))))
                .isTrue();
        assertThat(KeycloakAdminCalls.timedOut(
                        new ResourceAccessException("I/O error", new ConnectException("Connection refused"))))
                .isFalse();
    }
}
