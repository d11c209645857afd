package org.skillalliance.curriculum.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.skillalliance.curriculum.memberfacts.MemberFacts;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The issuer's keys and what the public endpoints keep, on a database of their own (fresh: no key kept yet): the very
 * first call needing the key may be a (read-only) verification; a configured key replaced by another stays published,
 * so that what it signed still verifies; a status list is signed once and again only after a revocation, made by this
 * instance or any other.
 */
@RealInfrastructure(keycloak = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CredentialKeysAndCachesIT extends ServiceIT {

    @Autowired
    CredentialIssuing issuing;

    @Autowired
    CredentialsProperties properties;

    @Autowired
    JdbcIssuedCredentials issued;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    MemberFacts memberFacts;

    @Autowired
    JsonMapper json;

    /** No key is kept yet: the verification generates and stores it in a transaction of its own, and answers 200. */
    @Test
    @Order(1)
    void theFirstCallOnAFreshDatabaseMayBeAVerification() throws JOSEException {
        assertThat(keptKeys()).isZero();
        RSAKey stranger =
                new RSAKeyGenerator(SigningKeys.KEY_BITS).keyID("stranger").generate();
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID("stranger")
                        .type(JOSEObjectType.JWT)
                        .build(),
                new Payload("{\"id\":\"urn:uuid:" + UUID.randomUUID() + "\"}"));
        jws.sign(new RSASSASigner(stranger));

        ApiClient.Response verified =
                ApiClient.onPort(port).post("/api/credentials/verify", "application/vc+jwt", jws.serialize());

        assertThat(verified.status()).as(verified.text()).isEqualTo(200);
        assertThat(verified.json().get("verified").asBoolean()).isFalse();
        assertThat(verified.json().at("/checks/0/passed").asBoolean()).isFalse();
        assertThat(keptKeys()).isOne();
    }

    /**
     * Key A is configured and signs a credential; the service is then configured with key B (a restart, or another
     * instance): B signs from then on, A stays in the key set, and A's credential still verifies.
     */
    @Test
    void aCredentialSignedWithAReplacedConfiguredKeyStillVerifies() throws JOSEException {
        RSAKey keyA = new RSAKeyGenerator(SigningKeys.KEY_BITS).generate();
        RSAKey keyB = new RSAKeyGenerator(SigningKeys.KEY_BITS).generate();
        SigningKeys configuredWithA = instanceConfiguredWith(keyA);
        SignedCredential signedByA = LearningAtWorkCredentials.ofStrangers(
                new CredentialIssuing(issued, new VcJwt(configuredWithA, json), memberFacts, properties),
                "WELD-2",
                "MIG welding",
                2);

        SigningKeys configuredWithB = instanceConfiguredWith(keyB);
        String kidB = configuredWithB.signingKey().getKeyID();
        CredentialVerification.Result result =
                new CredentialVerification(configuredWithB, issued, properties, json).verify(signedByA.compactJws());

        String kidA = configuredWithA.signingKey().getKeyID();
        assertThat(kidB).isNotEqualTo(kidA);
        assertThat(result.verified()).as(result.toString()).isTrue();
        assertThat(result.checks().getFirst().detail()).contains(kidA);
        assertThat(configuredWithB.publicKey(kidA))
                .hasValueSatisfying(key -> assertThat(key.isPrivate()).isFalse());
        assertThat(jdbc.sql("select jwk from credential_signing_key where kid = :kid")
                        .param("kid", kidA)
                        .query(String.class)
                        .single())
                .as("only the public part of a configured key is stored")
                .doesNotContain("\"d\"");
    }

    /**
     * The status list is signed once and served as it is while nothing changes; a revocation written by another
     * instance (straight to the database, nothing in this one told) is in the very next list served.
     */
    @Test
    void aStatusListIsKeptUntilARevocationAnywhereChangesIt() throws java.text.ParseException {
        SignedCredential credential = LearningAtWorkCredentials.ofStrangers(issuing, "SAW-1", "Saw sharpening", 1);
        IndependentVerifier verifier = new IndependentVerifier("http://localhost:" + port, properties.publicBaseUrl());
        IssuedCredential registered = issued.find(credential.credentialId()).orElseThrow();
        String list = "/api/credentials/status-lists/" + registered.place().list();

        String first = statusList(list);
        Instant signedAt = Instant.parse(JWSObject.parse(first)
                .getPayload()
                .toJSONObject()
                .get("validFrom")
                .toString());
        // a list signed again now would have a later validFrom (seconds)
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(signedAt));
        assertThat(statusList(list)).as("served as signed before").isEqualTo(first);
        assertThat(verifier.verify(credential.compactJws()).revoked()).isFalse();

        assertThat(issued.revoke(credential.credentialId(), "revoked by another instance", "admin", Instant.now()))
                .isTrue();

        assertThat(statusList(list)).isNotEqualTo(first);
        assertThat(verifier.verify(credential.compactJws()).revoked()).isTrue();
    }

    private SigningKeys instanceConfiguredWith(RSAKey key) {
        return new SigningKeys(
                jdbc, new CredentialsProperties(properties.publicBaseUrl(), key.toJSONString()), transactions);
    }

    private String statusList(String path) {
        ApiClient.Response response = ApiClient.onPort(port).getAccepting(path, "application/vc+jwt");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.text();
    }

    private int keptKeys() {
        return jdbc.sql("select count(*) from credential_signing_key where purpose = 'credential-issuer'")
                .query(Integer.class)
                .single();
    }
}
