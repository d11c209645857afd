package org.skillalliance.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecurityPropertiesTest {

    @Test
    void aServiceWithoutAnIssuerDoesNotStart() {
        assertThatThrownBy(() -> new SecurityProperties(null, null, null, null))
                .hasMessageContaining("skillalliance.security.issuer");
    }

    @Test
    void theAudienceDefaultsToTheApi() {
        assertThat(new SecurityProperties("http://localhost:8180/realms/skill-alliance", null, null, null).audience())
                .isEqualTo("skill-alliance-api");
    }
}
