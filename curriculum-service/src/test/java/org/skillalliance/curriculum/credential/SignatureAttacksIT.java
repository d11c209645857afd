package org.skillalliance.curriculum.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillalliance.curriculum.support.ServiceIT;
import org.skillalliance.testsupport.ApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The signature attacks a verifier must not fall for, each on a genuine credential's payload: the verification answers
 * 200 with the {@code signature} check failed, verified false and no credential shown, for an unsigned token
 * ({@code alg: none}), an HMAC keyed with the issuer's public key, a token with no kid or an unknown kid, and one
 * signed with the attacker's own key carried in the header ({@code jwk}) or pointed at ({@code x5u}).
 */
class SignatureAttacksIT extends ServiceIT {

    @Autowired
    CredentialIssuing issuing;

    @Autowired
    SigningKeys keys;

    private Base64URL genuinePayload;
    private RSAKey attacker;

    @BeforeAll
    void genuineCredentialAndAnAttackersKey() throws Exception {
        String genuine = LearningAtWorkCredentials.ofStrangers(issuing, "CNC-3", "CNC milling", 3)
                .compactJws();
        assertThat(verify(genuine).get("verified").asBoolean()).isTrue();
        genuinePayload = JWSObject.parse(genuine).getPayload().toBase64URL();
        attacker = new RSAKeyGenerator(SigningKeys.KEY_BITS)
                .keyIDFromThumbprint(true)
                .generate();
    }

    @Test
    void anUnsignedTokenIsNotVerified() {
        String header = "{\"alg\":\"none\",\"kid\":\"" + issuerKid() + "\",\"typ\":\"JWT\"}";
        String unsigned = Base64URL.encode(header.getBytes(StandardCharsets.UTF_8)) + "." + genuinePayload + ".";

        assertSignatureFailed(unsigned);
    }

    @Test
    void anHmacKeyedWithTheIssuersPublicKeyIsNotVerified() throws JOSEException {
        byte[] publicKeyBytes = keys.signingKey().toRSAPublicKey().getEncoded();
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(publicKeyBytes)
                + "\n-----END PUBLIC KEY-----\n";

        for (byte[] secret : new byte[][] {publicKeyBytes, pem.getBytes(StandardCharsets.US_ASCII)}) {
            assertSignatureFailed(signed(
                    new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(issuerKid()).type(JOSEObjectType.JWT),
                    new MACSigner(secret)));
        }
    }

    @Test
    void aTokenWithoutAKidIsNotVerifiedEvenWithTheIssuersSignature() throws JOSEException {
        assertSignatureFailed(signed(
                new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT),
                new RSASSASigner(keys.signingKey())));
        assertSignatureFailed(
                signed(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT), new RSASSASigner(attacker)));
    }

    @Test
    void aTokenWithAnUnknownKidIsNotVerified() throws JOSEException {
        assertSignatureFailed(signed(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(attacker.getKeyID())
                        .type(JOSEObjectType.JWT),
                new RSASSASigner(attacker)));
    }

    @Test
    void theAttackersOwnKeyCarriedOrPointedAtInTheHeaderIsNotTrusted() throws JOSEException {
        RSASSASigner attackers = new RSASSASigner(attacker);
        for (String kid : new String[] {attacker.getKeyID(), issuerKid()}) {
            assertSignatureFailed(signed(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(kid)
                            .jwk(attacker.toPublicJWK())
                            .type(JOSEObjectType.JWT),
                    attackers));
            assertSignatureFailed(signed(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(kid)
                            .x509CertURL(URI.create("https://attacker.example/issuer.pem"))
                            .jwkURL(URI.create("https://attacker.example/jwks.json"))
                            .type(JOSEObjectType.JWT),
                    attackers));
        }
    }

    private String signed(JWSHeader.Builder header, JWSSigner signer) throws JOSEException {
        JWSObject jws = new JWSObject(header.build(), new Payload(genuinePayload));
        jws.sign(signer);
        return jws.serialize();
    }

    private String issuerKid() {
        return keys.signingKey().getKeyID();
    }

    private void assertSignatureFailed(String token) {
        JsonNode result = verify(token);
        assertThat(result.get("verified").asBoolean()).as(result.toString()).isFalse();
        assertThat(result.at("/checks/0/check").asString()).isEqualTo("signature");
        assertThat(result.at("/checks/0/passed").asBoolean())
                .as(result.toString())
                .isFalse();
        assertThat(result.get("credential").isNull()).isTrue();
    }

    private JsonNode verify(String token) {
        ApiClient.Response response =
                ApiClient.onPort(port).post("/api/credentials/verify", "application/vc+jwt", token);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }
}
