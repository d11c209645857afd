package org.skillalliance.member.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.skillalliance.member.shared.IllegalTransition;

class ApiClientTest {

    private static final UUID ORGANISATION = UUID.fromString("3f2a9c1e-0000-4000-8000-000000000001");

    @Test
    void theClientIdNamesTheOrganisationAndTheNameInPlainLowerCaseWithARandomEnd() {
        assertThat(ApiClient.clientIdFor(ORGANISATION, "Grants ERP (Zürich)", new Random(1)))
                .matches("org-3f2a9c1e-grants-erp-zurich-[0-9a-f]{6}");
        assertThat(ApiClient.clientIdFor(ORGANISATION, "A very long name for a reporting system", new Random(1)))
                .matches("org-3f2a9c1e-a-very-long-name-for-a-r-[0-9a-f]{6}");
        assertThat(ApiClient.clientIdFor(ORGANISATION, "Budget sync --- nightly", new Random(1)))
                .matches("org-3f2a9c1e-budget-sync-nightly-[0-9a-f]{6}");
        assertThat(ApiClient.clientIdFor(ORGANISATION, "abcdefghijklmnopqrstuvw x", new Random(1)))
                .as("cut at 24 characters without a trailing hyphen")
                .matches("org-3f2a9c1e-abcdefghijklmnopqrstuvw-[0-9a-f]{6}");
        assertThat(ApiClient.clientIdFor(ORGANISATION, "報告システム", new Random(1)))
                .as("a name without a Latin letter or digit")
                .matches("org-3f2a9c1e-client-[0-9a-f]{6}");
        assertThat(ApiClient.clientIdFor(ORGANISATION, "ERP", new Random(1)))
                .isNotEqualTo(ApiClient.clientIdFor(ORGANISATION, "ERP", new Random(2)));
    }

    @Test
    void aRevokedClientIsNeitherRotatedNorRevokedAgain() {
        Instant at = Instant.parse("2026-12-07T10:00:00Z");
        ApiClient client = new ApiClient(
                UUID.randomUUID(), ORGANISATION, "org-3f2a9c1e-erp-abcdef", "kc", "ERP", at, null, null, null);
        client.rotated(at.plusSeconds(60), at.plusSeconds(120));
        assertThat(client.status()).isEqualTo(ApiClientStatus.ACTIVE);
        assertThat(client.previousSecretValidUntil()).isEqualTo(at.plusSeconds(120));

        client.revoke(at.plusSeconds(180));

        assertThat(client.status()).isEqualTo(ApiClientStatus.REVOKED);
        assertThatThrownBy(() -> client.revoke(at.plusSeconds(240))).isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> client.rotated(at.plusSeconds(240), at.plusSeconds(240)))
                .isInstanceOf(IllegalTransition.class);
        assertThat(client.revokedAt()).isEqualTo(at.plusSeconds(180));
    }
}
