package org.skillalliance.curriculum.credential;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: a status list as the signed {@code BitstringStatusListCredential} (VC-JWT) a verifier fetches, made from
 * the revocations as they are now. The lists are the platform's, one bit space for every alliance (a list's bits
 * must not tell whose they are); their issuer is the platform's public address, signed with the credentials' key.
 */
@Service
class StatusLists {

    private final JdbcIssuedCredentials issued;
    private final VcJwt vcJwt;
    private final CredentialsProperties properties;
    private final ConcurrentMap<Integer, SignedList> signedLists = new ConcurrentHashMap<>();

    /** A list as signed, with the number of revocations it shows. */
    private record SignedList(int revocations, String compactJws) {}

    StatusLists(JdbcIssuedCredentials issued, VcJwt vcJwt, CredentialsProperties properties) {
        this.issued = issued;
        this.vcJwt = vcJwt;
        this.properties = properties;
    }

    /**
     * The signed status list credential of a list.
     *
     * @throws ApiException.NotFound when no credential was ever given a place in the list
     */
    @Transactional(readOnly = true)
    String signed(int list) {
        if (list < 1 || !issued.listExists(list)) {
            throw new ApiException.NotFound("status list", list);
        }
        int revocations = issued.revokedCount(list);
        SignedList kept = signedLists.get(list);
        if (kept != null && kept.revocations() == revocations) {
            return kept.compactJws();
        }
        List<Integer> revoked = issued.revokedIndexes(list);
        String signed = sign(list, revoked);
        signedLists.put(list, new SignedList(revoked.size(), signed));
        return signed;
    }

    private String sign(int list, List<Integer> revokedIndexes) {
        String url = properties.statusListUrl(list);
        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", url + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", "revocation");
        subject.put("encodedList", BitstringStatusList.encode(revokedIndexes));

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
        credential.put("id", url);
        credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        credential.put("issuer", properties.publicBaseUrl());
        credential.put(
                "validFrom", DateTimeFormatter.ISO_INSTANT.format(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        credential.put("credentialSubject", subject);
        return vcJwt.sign(credential);
    }
}
