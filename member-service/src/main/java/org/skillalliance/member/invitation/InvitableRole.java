package org.skillalliance.member.invitation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.member.organisation.OrganisationType;

/**
 * The realm roles an invitation may grant, each with the one organisation type it fits. {@code alliance-admin} is not
 * among them: platform admins are made in Keycloak, never through the API.
 */
@ValueObject
public enum InvitableRole {
    MEMBER_ADMIN("member-admin", OrganisationType.EMPLOYER),
    LEARNER("learner", OrganisationType.EMPLOYER),
    COORDINATOR("coordinator", OrganisationType.ASSOCIATION),
    PROVIDER("provider", OrganisationType.TRAINING_PROVIDER),
    FUNDER("funder", OrganisationType.FUNDER);

    /** The realm role names, as a bean validation pattern lists them. */
    static final String PATTERN = "member-admin|learner|coordinator|provider|funder";

    private final String realmRole;
    private final OrganisationType fits;

    InvitableRole(String realmRole, OrganisationType fits) {
        this.realmRole = realmRole;
        this.fits = fits;
    }

    public static Optional<InvitableRole> of(String realmRole) {
        return Arrays.stream(values())
                .filter(role -> role.realmRole.equals(realmRole))
                .findFirst();
    }

    public static List<String> realmRoles() {
        return Arrays.stream(values()).map(InvitableRole::realmRole).toList();
    }

    public String realmRole() {
        return realmRole;
    }

    /** The organisation type this role acts for. */
    public OrganisationType fits() {
        return fits;
    }

    public boolean fits(OrganisationType type) {
        return fits == type;
    }

    /** The roles a member-admin may hand out in its own organisation: its own and the learners'. */
    public boolean grantableByMemberAdmin() {
        return this == MEMBER_ADMIN || this == LEARNER;
    }
}
