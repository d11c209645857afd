package org.skillalliance.curriculum.skill;

import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The ESCO occupations imported ({@link EscoImport}), for whoever names a job role: the only door to them. */
@Service
public class OccupationDirectory {

    private final JdbcOccupations occupations;

    OccupationDirectory(JdbcOccupations occupations) {
        this.occupations = occupations;
    }

    /**
     * A page of occupations by label, optionally those whose label or code contains a text or whose ISCO-08 unit group
     * is that text ({@code SearchText}: checked at the API's edge; null for all).
     *
     * @throws ApiException.Forbidden unless the caller acts for an organisation (or is an admin)
     */
    @Transactional(readOnly = true)
    public PageResponse<Occupation> list(Caller caller, String text, PageQuery page) {
        caller.requireAnyRole("look up occupations", Role.ORGANISATION_ROLES);
        return PageResponse.of(occupations.page(text, page), page, occupations.count(text));
    }
}
