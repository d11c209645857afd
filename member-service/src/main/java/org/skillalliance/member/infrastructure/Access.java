package org.skillalliance.member.infrastructure;

import java.util.List;
import java.util.Set;

import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The two refusals of member-service's object-level rules (docs/security.md): a role that may never do an action gets
 * {@link Forbidden} (403) before anything is looked up, so it learns nothing about the data; an object of another
 * tenant answers {@link ApiException.NotFound} (404), the same as one that does not exist. Platform admins pass every
 * check.
 */
public final class Access {

    /** Every role that acts for an organisation: all but {@code learner}, whose own records come later. */
    public static final Set<Role> ORGANISATION_ROLES = Set.of(Role.COORDINATOR, Role.MEMBER_ADMIN, Role.PROVIDER,
            Role.FUNDER);

    private Access() {
    }

    /** 403 unless the caller is an admin or has one of the roles. */
    public static void requireRole(Caller caller, String action, Set<Role> roles) {
        if (caller.isAdmin() || roles.stream().anyMatch(caller::has)) {
            return;
        }
        throw new Forbidden("the caller's roles do not allow it to " + action);
    }

    public static void requireRole(Caller caller, String action, Role role) {
        requireRole(caller, action, Set.of(role));
    }

    /**
     * 403: the caller may see the object but not do this to it, or its role may never do it.
     *
     * <p>web-support has no 403 of its own (Spring Security's handler answers role refusals at the filter level); this
     * one is raised inside use cases, in the same problem shape ({@code .../problems/forbidden}).
     */
    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) {
            super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of());
        }
    }
}
