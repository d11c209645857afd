package org.skillalliance.curriculum.credential;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a credential as a VC-JWT, the Open Badges 3.0 "JSON Web Token Proof Format": a compact JWS whose JOSE header
 * is {@code alg} RS256, {@code kid} the signing key's thumbprint and {@code typ} JWT (no other header), and whose
 * payload is the credential itself with the registered claims {@code iss} (issuer.id), {@code jti} (id), {@code nbf}
 * (validFrom), {@code sub} (credentialSubject.id, where there is one) and {@code exp} (validUntil, where there is one).
 */
@Component
class VcJwt {

    static final MediaType MEDIA_TYPE = MediaType.parseMediaType("application/vc+jwt");

    private final SigningKeys keys;
    private final JsonMapper json;

    VcJwt(SigningKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    String sign(Map<String, Object> credential) {
        Map<String, Object> payload = new LinkedHashMap<>(credential);
        payload.put("iss", issuerId(credential));
        payload.put("jti", credential.get("id"));
        payload.put("nbf", Instant.parse((String) credential.get("validFrom")).getEpochSecond());
        if (credential.get("validUntil") instanceof String validUntil) {
            payload.put("exp", Instant.parse(validUntil).getEpochSecond());
        }
        if (credential.get("credentialSubject") instanceof Map<?, ?> subject && subject.get("id") != null) {
            payload.put("sub", subject.get("id"));
        }
        RSAKey key = keys.signingKey();
        JWSObject jws = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                new Payload(json.writeValueAsString(payload)));
        try {
            jws.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign the credential", e);
        }
        return jws.serialize();
    }

    private static Object issuerId(Map<String, Object> credential) {
        return credential.get("issuer") instanceof Map<?, ?> profile ? profile.get("id") : credential.get("issuer");
    }
}
