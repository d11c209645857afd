package org.skillalliance.curriculum.credential;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

/**
 * A verifier that shares no code with the issuing side: jose4j (not nimbus) for the JWS and the keys, the JDK's HTTP
 * client, Base64 and GZIP for the status list, jose4j's own JSON parser. It does what docs/credentials.md tells a
 * verifier to do: fetch the issuer's key set over HTTP from the public endpoint, check the compact JWS's RS256
 * signature with the key its {@code kid} names, check the registered claims against the credential, then fetch the
 * status list credential the {@code credentialStatus} names, check its signature the same way and read the bit.
 *
 * <p>The credentials name the gateway's address ({@code http://localhost:8080} by default); here the service itself
 * stands behind that address, so the verifier's HTTP client is pointed at it ({@code origin}).
 */
final class IndependentVerifier {

    /** What the verifier found: whether the signature holds, the payload, and whether the status bit is set. */
    record Outcome(boolean signatureValid, Map<String, Object> payload, Boolean revoked) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final String origin;
    private final String publicBaseUrl;

    IndependentVerifier(String origin, String publicBaseUrl) {
        this.origin = origin;
        this.publicBaseUrl = publicBaseUrl;
    }

    Outcome verify(String compactJws) {
        JsonWebKeySet keys = keySet();
        Map<String, Object> payload = verified(compactJws, keys);
        if (payload == null) {
            return new Outcome(false, null, null);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) payload.get("credentialStatus");
        if (!"BitstringStatusListEntry".equals(status.get("type"))
                || !"revocation".equals(status.get("statusPurpose"))) {
            throw new AssertionError("no revocation status entry: " + status);
        }
        int index = Integer.parseInt((String) status.get("statusListIndex"));
        Map<String, Object> list = verified(fetch((String) status.get("statusListCredential")), keys);
        if (list == null) {
            throw new AssertionError("the status list's signature does not hold");
        }
        if (!((List<?>) list.get("type")).contains("BitstringStatusListCredential")) {
            throw new AssertionError("not a BitstringStatusListCredential: " + list.get("type"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> subject = (Map<String, Object>) list.get("credentialSubject");
        if (!"revocation".equals(subject.get("statusPurpose"))) {
            throw new AssertionError("the list is not for revocation: " + subject);
        }
        byte[] bits = decodeList((String) subject.get("encodedList"));
        if (bits.length * 8 < 131_072) {
            throw new AssertionError("the list has " + bits.length * 8 + " bits, fewer than 131072");
        }
        boolean set = (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        return new Outcome(true, payload, set);
    }

    /** The payload of a JWS whose RS256 signature holds under the key its kid names; null when it does not. */
    Map<String, Object> verified(String compactJws, JsonWebKeySet keys) {
        try {
            JsonWebSignature jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(compactJws);
            if (!AlgorithmIdentifiers.RSA_USING_SHA256.equals(jws.getAlgorithmHeaderValue())) {
                return null;
            }
            List<JsonWebKey> named = keys.findJsonWebKeys(jws.getKeyIdHeaderValue(), "RSA", "sig", "RS256");
            if (named.size() != 1) {
                return null;
            }
            jws.setKey(named.getFirst().getKey());
            if (!jws.verifySignature()) {
                return null;
            }
            return org.jose4j.json.JsonUtil.parseJson(jws.getPayload());
        } catch (JoseException | ClassCastException e) {
            return null;
        }
    }

    JsonWebKeySet keySet() {
        try {
            return new JsonWebKeySet(fetch(publicBaseUrl + "/api/credentials/issuer/jwks.json"));
        } catch (JoseException e) {
            throw new AssertionError("the key set is not a JWK Set", e);
        }
    }

    private String fetch(String url) {
        if (!url.startsWith(publicBaseUrl + "/")) {
            throw new AssertionError(url + " is not under the issuer's public address " + publicBaseUrl);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin + url.substring(publicBaseUrl.length())))
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decodeList(String encodedList) {
        if (!encodedList.startsWith("u")) {
            throw new AssertionError("the encodedList is not multibase base64url: " + encodedList.charAt(0));
        }
        byte[] zipped = Base64.getUrlDecoder().decode(encodedList.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
