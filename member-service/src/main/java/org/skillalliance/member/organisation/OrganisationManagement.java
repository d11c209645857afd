package org.skillalliance.member.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.skillalliance.member.reference.ReferenceCodes;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering and updating organisations: the only door to them. Organisations are the alliance's directory: any
 * authenticated caller reads them; coordinators (and admins) register them; an organisation's own people change them.
 */
@Service
public class OrganisationManagement {

    private final JdbcOrganisations organisations;
    private final OrganisationEventsPublisher events;
    private final Clock clock;

    OrganisationManagement(JdbcOrganisations organisations, OrganisationEventsPublisher events, Clock clock) {
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers an organisation and announces it.
     *
     * @throws RuleBroken (400) for an unknown country or sector code, or an employer without sector or headcount
     * @throws ApiException.Conflict     when the registration number is already registered in that country
     * @throws ApiException.Forbidden          unless the caller is a coordinator or an admin
     */
    @Transactional
    public Organisation register(Caller caller, OrganisationRequest request) {
        caller.requireAnyRole("register organisations", Role.COORDINATOR);
        List<FieldViolation> violations = new ArrayList<>();
        String country = ReferenceCodes.country(request.country()).orElse(null);
        if (country == null) {
            violations.add(new FieldViolation(
                    "country", "'" + request.country() + "' is not an ISO 3166-1 alpha-2 country code"));
        }
        String sector = checkedSector(request.type(), request.sectorCode(), request.headcount(), violations);
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        String registrationNumber = normaliseRegistrationNumber(request.registrationNumber());
        if (organisations.registrationNumberTaken(country, registrationNumber)) {
            throw new ApiException.Conflict(
                    "registrationNumber",
                    "an organisation with registration number " + registrationNumber + " is already registered in "
                            + country);
        }
        OrganisationEvent.Registered registered = Organisation.register(
                request.type(),
                request.legalName().trim(),
                registrationNumber,
                country,
                blankToNull(request.region()),
                sector,
                request.headcount(),
                clock.instant());
        organisations.insert(registered.organisation());
        events.publish(registered);
        return registered.organisation();
    }

    /**
     * Updates the mutable fields; the size band follows the headcount. Announced only when something changed.
     *
     * @throws ApiException.Forbidden unless the caller acts for the organisation (in a role other than learner) or is an admin:
     *                          the organisation is visible to everyone, so this is a 403, not a 404
     */
    @Transactional
    public Organisation update(Caller caller, UUID id, OrganisationUpdateRequest request) {
        caller.requireAnyRole("update organisations", Role.ORGANISATION_ROLES);
        Organisation organisation =
                organisations.findForUpdate(id).orElseThrow(() -> new ApiException.NotFound("organisation", id));
        if (!caller.actsFor(id)) {
            throw new ApiException.Forbidden("only the organisation's own people may change organisation " + id);
        }
        List<FieldViolation> violations = new ArrayList<>();
        String sector = checkedSector(organisation.type(), request.sectorCode(), request.headcount(), violations);
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        organisation
                .update(
                        request.legalName().trim(),
                        blankToNull(request.region()),
                        sector,
                        request.headcount(),
                        clock.instant())
                .ifPresent(updated -> {
                    organisations.update(organisation);
                    events.publish(updated);
                });
        return organisation;
    }

    @Transactional(readOnly = true)
    public Organisation get(UUID id) {
        return organisations.find(id).orElseThrow(() -> new ApiException.NotFound("organisation", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Organisation> find(UUID id) {
        return organisations.find(id);
    }

    @Transactional(readOnly = true)
    public PageResponse<Organisation> list(OrganisationFilter filter, PageQuery page) {
        OrganisationFilter normalised = filter;
        if (filter.sector() != null) {
            String sector = ReferenceCodes.naceCode(filter.sector())
                    .orElseThrow(
                            () -> RuleBroken.invalid("sector", "'" + filter.sector() + "' is not a NACE Rev. 2 code"));
            normalised = new OrganisationFilter(
                    filter.type(), sector, filter.sizeBand(), filter.country(), filter.allianceId());
        }
        if (filter.country() != null) {
            String country = ReferenceCodes.country(filter.country())
                    .orElseThrow(() -> RuleBroken.invalid(
                            "country", "'" + filter.country() + "' is not an ISO 3166-1 alpha-2 country code"));
            normalised = new OrganisationFilter(
                    normalised.type(), normalised.sector(), normalised.sizeBand(), country, normalised.allianceId());
        }
        return PageResponse.of(organisations.list(normalised, page), page, organisations.count(normalised));
    }

    private static String checkedSector(
            OrganisationType type, String sectorCode, Integer headcount, List<FieldViolation> violations) {
        String sector = null;
        if (sectorCode != null && !sectorCode.isBlank()) {
            sector = ReferenceCodes.naceCode(sectorCode).orElse(null);
            if (sector == null) {
                violations.add(new FieldViolation("sectorCode", "'" + sectorCode + "' is not a NACE Rev. 2 code"));
            }
        } else if (type == OrganisationType.EMPLOYER) {
            violations.add(new FieldViolation("sectorCode", "is required for an employer"));
        }
        if (headcount == null && type == OrganisationType.EMPLOYER) {
            violations.add(new FieldViolation("headcount", "is required for an employer"));
        }
        return sector;
    }

    static String normaliseRegistrationNumber(String number) {
        return number.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
