package org.skillalliance.security;

/** The realm roles of DESIGN section 1, as Spring authorities carry them ({@code ROLE_} + the realm role name). */
public enum Role {
    ALLIANCE_ADMIN("alliance-admin"),
    COORDINATOR("coordinator"),
    MEMBER_ADMIN("member-admin"),
    PROVIDER("provider"),
    FUNDER("funder"),
    LEARNER("learner");

    /** Every role that acts for an organisation: all but {@code learner}, whose own records come later. */
    public static final java.util.Set<Role> ORGANISATION_ROLES =
            java.util.Set.of(COORDINATOR, MEMBER_ADMIN, PROVIDER, FUNDER);

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    public String authority() {
        return "ROLE_" + realmRole;
    }
}
