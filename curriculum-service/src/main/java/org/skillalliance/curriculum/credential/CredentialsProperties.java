package org.skillalliance.curriculum.credential;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the credentials ({@code skillalliance.credentials}, docs/credentials.md).
 *
 * @param publicBaseUrl where the public endpoints are reached from outside (the gateway), without a trailing slash:
 *                      the status list and key set URLs in every credential are built from it
 * @param signingKey    the issuer's private RSA key as a JWK (JSON), or empty to use the key kept in the database
 *                      (generated on first use)
 */
@ConfigurationProperties("skillalliance.credentials")
record CredentialsProperties(String publicBaseUrl, String signingKey) {

    CredentialsProperties {
        publicBaseUrl = publicBaseUrl == null || publicBaseUrl.isBlank()
                ? "http://localhost:8080"
                : publicBaseUrl.replaceAll("/+$", "");
        signingKey = signingKey == null ? "" : signingKey.strip();
    }

    String statusListUrl(int list) {
        return publicBaseUrl + "/api/credentials/status-lists/" + list;
    }

    String keySetUrl() {
        return publicBaseUrl + "/api/credentials/issuer/jwks.json";
    }
}
