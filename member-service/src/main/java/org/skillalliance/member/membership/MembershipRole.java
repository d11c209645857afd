package org.skillalliance.member.membership;

import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.member.organisation.OrganisationType;

/** The role an organisation has in an alliance, each open to one type of organisation. */
@ValueObject
public enum MembershipRole {
    /** An employer whose staff take the alliance's courses. */
    MEMBER_EMPLOYER(OrganisationType.EMPLOYER),
    /** A training provider teaching the alliance's courses. */
    PROVIDER(OrganisationType.TRAINING_PROVIDER),
    /** The association running the alliance. */
    COORDINATOR(OrganisationType.ASSOCIATION),
    /** A funder subsidising the alliance. */
    FUNDER(OrganisationType.FUNDER);

    private final OrganisationType fits;

    MembershipRole(OrganisationType fits) {
        this.fits = fits;
    }

    /** The one organisation type that may hold this role. */
    public OrganisationType fits() {
        return fits;
    }
}
