package org.skillalliance.curriculum.credential;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use case: revokes a credential, which sets its bit in its status list (verifiers then see it revoked). An enrolment's
 * credential is revoked by an alliance admin or the cohort's provider (who created the achievement); a workplace
 * learning's by an alliance admin or the member-admin of the employer (its creator), every credential of that learning
 * at once (a workshop's: each participant's). A revocation is final, and kept for the source: a credential of it issued
 * later (one its learner had not downloaded yet) is born revoked.
 */
@Service
public class CredentialRevocations {

    static final int REASON_MAX = 500;

    private final Credentials enrolmentCredentials;
    private final CredentialIssuing issuing;
    private final JdbcIssuedCredentials issued;
    private final SignedOffLearningAtWork learningAtWork;

    CredentialRevocations(
            Credentials enrolmentCredentials,
            CredentialIssuing issuing,
            JdbcIssuedCredentials issued,
            SignedOffLearningAtWork learningAtWork) {
        this.enrolmentCredentials = enrolmentCredentials;
        this.issuing = issuing;
        this.issued = issued;
        this.learningAtWork = learningAtWork;
    }

    /**
     * Revokes the credential of the enrolment or of the workplace learning (exactly one of them given).
     *
     * @throws ApiException.InvalidInput when neither or both ids are given, or the reason is not 1-500 characters
     * @throws ApiException.Forbidden    for roles that never revoke that kind of credential
     * @throws ApiException.NotFound     when there is no such credential (learning at work not signed off) or the
     *                                   caller did not create it
     * @throws ApiException.Conflict     when it is already revoked
     */
    @Transactional
    public void revoke(Caller caller, UUID enrolmentId, UUID workplaceLearningId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (enrolmentId == null && workplaceLearningId == null) {
            throw new ApiException.InvalidInput("enrolmentId", "give the enrolmentId or the workplaceLearningId");
        }
        if (enrolmentId != null && workplaceLearningId != null) {
            throw new ApiException.InvalidInput(
                    "workplaceLearningId", "give either the enrolmentId or the workplaceLearningId, not both");
        }
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new ApiException.InvalidInput(
                    List.of(new FieldViolation("reason", "must be 1-" + REASON_MAX + " characters after trimming")));
        }
        if (enrolmentId != null) {
            caller.requireAnyRole("revoke the credential of an enrolment", Role.PROVIDER);
            IssuedCredential credential = issuing.register(enrolmentCredentials.claimOf(caller, enrolmentId));
            requireCreator(caller, credential.creatorId(), "credential of enrolment", enrolmentId);
            revoke(caller, CredentialSourceKind.ENROLMENT, enrolmentId, "enrolmentId", why);
        } else {
            caller.requireAnyRole("revoke the credential of learning at work", Role.MEMBER_ADMIN);
            String resource = "credential of workplace learning";
            List<IssuedCredential> credentials =
                    issued.ofSource(CredentialSourceKind.WORKPLACE_LEARNING, workplaceLearningId);
            if (credentials.isEmpty()) {
                // signed off, but no credential downloaded yet: the revocation is kept for the ones issued later
                UUID employer = learningAtWork
                        .employerOf(workplaceLearningId)
                        .orElseThrow(() -> new ApiException.NotFound(resource, workplaceLearningId));
                requireCreator(caller, employer, resource, workplaceLearningId);
            }
            credentials.forEach(c -> requireCreator(caller, c.creatorId(), resource, workplaceLearningId));
            revoke(caller, CredentialSourceKind.WORKPLACE_LEARNING, workplaceLearningId, "workplaceLearningId", why);
        }
    }

    /**
     * Revokes the source, then every credential of it read under the source's lock (one registered meanwhile is
     * among them, or born revoked after this commits).
     */
    private void revoke(Caller caller, CredentialSourceKind kind, UUID sourceId, String field, String reason) {
        Instant now = Instant.now();
        boolean any = issued.revokeSource(kind, sourceId, reason, caller.subject(), now);
        for (IssuedCredential credential : issued.ofSource(kind, sourceId)) {
            any |= issued.revoke(credential.credentialId(), reason, caller.subject(), now);
        }
        if (!any) {
            Instant revokedAt = issued.sourceRevokedAt(kind, sourceId).orElseThrow();
            throw new ApiException.Conflict(
                    field,
                    "the credential was already revoked on "
                            + revokedAt.atZone(ZoneOffset.UTC).toLocalDate());
        }
    }

    private static void requireCreator(Caller caller, UUID creatorId, String resource, UUID id) {
        if (!caller.isAdmin() && !creatorId.equals(caller.organisationId())) {
            throw new ApiException.NotFound(resource, id);
        }
    }
}
