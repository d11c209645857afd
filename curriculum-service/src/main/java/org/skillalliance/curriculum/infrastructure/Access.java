package org.skillalliance.curriculum.infrastructure;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * The refusals of curriculum-service's object-level rules (docs/security.md): a role that may never do an action gets
 * {@link Forbidden} (403) before anything is read, so it learns nothing about the data; an object the caller may not
 * see answers {@link ApiException.NotFound} (404), the same as one that does not exist; an object the caller may see
 * but not change (a published course of another alliance, a cohort in the public catalogue) answers 403. Platform
 * admins pass every check.
 */
public final class Access {

    private Access() {
    }

    /** 403 unless the caller is an admin or has one of the roles. */
    public static void requireRole(Caller caller, String action, Role... roles) {
        if (caller.isAdmin() || Arrays.stream(roles).anyMatch(caller::has)) {
            return;
        }
        throw new Forbidden("the caller's roles do not allow it to " + action);
    }

    /** Whether the caller has the role and acts for the organisation (admins do not count here: check them first). */
    public static boolean actsAs(Caller caller, Role role, UUID organisation) {
        return caller.has(role) && caller.organisationId() != null && caller.organisationId().equals(organisation);
    }

    /** 403: the caller may see the object (or name the organisation) but not do this. */
    public static Forbidden forbidden(String detail) {
        return new Forbidden(detail);
    }

    /**
     * 403 in the problem shape of the platform ({@code .../problems/forbidden}), raised inside use cases; Spring
     * Security's handler answers the same for refusals at the filter level.
     */
    public static final class Forbidden extends ApiException {
        public Forbidden(String detail) {
            super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of());
        }
    }
}
