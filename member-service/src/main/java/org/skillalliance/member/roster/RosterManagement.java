package org.skillalliance.member.roster;

import java.util.List;
import java.util.UUID;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a cohort's roster: names only for the cohort's own provider (and platform admins). */
@Service
public class RosterManagement {

    private final JdbcRosters rosters;

    RosterManagement(JdbcRosters rosters) {
        this.rosters = rosters;
    }

    /**
     * The people holding seats in a cohort, by last name and first name.
     *
     * @throws ApiException.Forbidden for any role but {@code provider} (and {@code alliance-admin})
     * @throws ApiException.NotFound  for a cohort that is not the caller's, or that member-service has not heard of
     */
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(Caller caller, UUID cohortId) {
        caller.requireAnyRole("read a cohort's roster", Role.PROVIDER);
        rosters.cohort(cohortId)
                .filter(cohort -> caller.isAdmin() || caller.actsAs(Role.PROVIDER, cohort.providerId()))
                .orElseThrow(() -> new ApiException.NotFound("cohort", cohortId));
        return rosters.entries(cohortId);
    }
}
