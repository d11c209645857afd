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
 * learning's by an alliance admin or the member-admin of the employer (its creator): a plan's credential by the plan's
 * id, a workshop participant's by the workshop's id and the participant's staff id (each participant's credential is
 * their own; the others' stay valid). A credential not downloaded yet is registered and revoked, so it is never issued
 * valid afterwards. A revocation is final.
 */
@Service
public class CredentialRevocations {

    static final int REASON_MAX = 500;

    private final Credentials enrolmentCredentials;
    private final WorkplaceLearningCredentials workplaceCredentials;
    private final CredentialIssuing issuing;
    private final JdbcIssuedCredentials issued;

    CredentialRevocations(
            Credentials enrolmentCredentials,
            WorkplaceLearningCredentials workplaceCredentials,
            CredentialIssuing issuing,
            JdbcIssuedCredentials issued) {
        this.enrolmentCredentials = enrolmentCredentials;
        this.workplaceCredentials = workplaceCredentials;
        this.issuing = issuing;
        this.issued = issued;
    }

    /** Which credential to revoke: an enrolment's, or a workplace learning's (with the participant for a workshop). */
    public record Revocation(UUID enrolmentId, UUID workplaceLearningId, UUID staffId, String reason) {}

    /**
     * Revokes the credential of the enrolment or of the workplace learning (exactly one of them given).
     *
     * @throws ApiException.InvalidInput when neither or both ids are given, a staffId comes with an enrolmentId or is
     *                                   missing for a workshop, or the reason is not 1-500 characters
     * @throws ApiException.Forbidden    for roles that never revoke that kind of credential
     * @throws ApiException.NotFound     when there is no such credential or the caller did not create it
     * @throws ApiException.Conflict     when it is already revoked
     */
    @Transactional
    public void revoke(Caller caller, Revocation r) {
        String why = r.reason() == null ? "" : r.reason().strip();
        if (r.enrolmentId() == null && r.workplaceLearningId() == null) {
            throw new ApiException.InvalidInput("enrolmentId", "give the enrolmentId or the workplaceLearningId");
        }
        if (r.enrolmentId() != null && r.workplaceLearningId() != null) {
            throw new ApiException.InvalidInput(
                    "workplaceLearningId", "give either the enrolmentId or the workplaceLearningId, not both");
        }
        if (r.enrolmentId() != null && r.staffId() != null) {
            throw new ApiException.InvalidInput(
                    "staffId", "goes with a workshop's workplaceLearningId only (an enrolment has one learner)");
        }
        if (why.isEmpty() || why.length() > REASON_MAX) {
            throw new ApiException.InvalidInput(
                    List.of(new FieldViolation("reason", "must be 1-" + REASON_MAX + " characters after trimming")));
        }
        if (r.enrolmentId() != null) {
            caller.requireAnyRole("revoke the credential of an enrolment", Role.PROVIDER);
            IssuedCredential credential = issuing.register(enrolmentCredentials.claimOf(caller, r.enrolmentId()));
            requireCreator(caller, credential, "credential of enrolment", r.enrolmentId());
            revoke(caller, credential, "enrolmentId", why);
        } else {
            caller.requireAnyRole("revoke the credential of learning at work", Role.MEMBER_ADMIN);
            IssuedCredential credential = issuing.register(
                    workplaceCredentials.claimForRevocation(caller, r.workplaceLearningId(), r.staffId()));
            requireCreator(caller, credential, "credential of workplace learning", r.workplaceLearningId());
            revoke(caller, credential, "workplaceLearningId", why);
        }
    }

    private void revoke(Caller caller, IssuedCredential credential, String field, String reason) {
        if (!issued.revoke(credential.credentialId(), reason, caller.subject(), Instant.now())) {
            throw new ApiException.Conflict(
                    field,
                    "the credential was already revoked on "
                            + credential.revokedAt().atZone(ZoneOffset.UTC).toLocalDate());
        }
    }

    private static void requireCreator(Caller caller, IssuedCredential credential, String resource, UUID id) {
        if (!caller.isAdmin() && !credential.creatorId().equals(caller.organisationId())) {
            throw new ApiException.NotFound(resource, id);
        }
    }
}
