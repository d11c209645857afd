package org.skillalliance.security;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillalliance.web.ApiException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: the subject, the organisation they act for ({@code org_id}, absent for platform admins), their roles
 * and, for a learner, the staff record their login is linked to ({@code staff_id}, absent otherwise). Use cases take it
 * to apply object-level rules: another tenant's object answers 404.
 */
public record Caller(String subject, UUID organisationId, Set<Role> roles, UUID staffId) {

    /** A caller linked to no staff record. */
    public Caller(String subject, UUID organisationId, Set<Role> roles) {
        this(subject, organisationId, roles, null);
    }

    /** An organisation id that no row has: the list scope of a caller whose token names no organisation. */
    public static final UUID NO_ORGANISATION = new UUID(0, 0);

    /** The caller of the current request. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken jwt)) {
            throw new IllegalStateException("no authenticated caller in this thread");
        }
        String org = jwt.getToken().getClaimAsString("org_id");
        Set<String> authorities = jwt.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains(role.authority())) {
                roles.add(role);
            }
        }
        return new Caller(
                jwt.getToken().getSubject(),
                org == null || org.isBlank() ? null : UUID.fromString(org),
                Set.copyOf(roles),
                staffId(jwt.getToken().getClaimAsString("staff_id")));
    }

    /** The staff id claim, or null when it is absent or not a UUID (such a caller is linked to nobody). */
    private static UUID staffId(String claim) {
        if (claim == null || claim.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(claim);
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ALLIANCE_ADMIN);
    }

    /** Whether the caller has the role and acts for the organisation (admins do not count here: check them first). */
    public boolean actsAs(Role role, UUID organisation) {
        return has(role) && organisationId != null && organisationId.equals(organisation);
    }

    /** 403 ({@link ApiException.Forbidden}) unless the caller is an admin or has one of the roles. */
    public void requireAnyRole(String action, Role... allowed) {
        if (isAdmin()) {
            return;
        }
        for (Role role : allowed) {
            if (has(role)) {
                return;
            }
        }
        throw new ApiException.Forbidden("the caller's roles do not allow it to " + action);
    }

    /** 403 unless the caller is an admin or has one of the roles. */
    public void requireAnyRole(String action, Set<Role> allowed) {
        requireAnyRole(action, allowed.toArray(Role[]::new));
    }

    /**
     * Whom a list is narrowed to: null for an admin (everything), else the caller's organisation, or
     * {@link #NO_ORGANISATION} when the token names none.
     */
    public UUID listScope() {
        if (isAdmin()) {
            return null;
        }
        return organisationId == null ? NO_ORGANISATION : organisationId;
    }

    /** Whether the caller acts for this organisation (admins act for all). */
    public boolean actsFor(UUID organisation) {
        return isAdmin() || (organisationId != null && organisationId.equals(organisation));
    }
}
