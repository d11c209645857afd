package org.skillalliance.member.alliance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.skillalliance.member.organisation.Organisation;
import org.skillalliance.member.organisation.OrganisationManagement;
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

/** Creating and reading alliances: coordinators create the ones they run; any authenticated caller reads them. */
@Service
public class AllianceManagement {

    private final JdbcAlliances alliances;
    private final OrganisationManagement organisations;
    private final AllianceEventsPublisher events;
    private final Clock clock;

    AllianceManagement(
            JdbcAlliances alliances,
            OrganisationManagement organisations,
            AllianceEventsPublisher events,
            Clock clock) {
        this.alliances = alliances;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates an alliance and announces it.
     *
     * @throws RuleBroken               (400) for an unknown currency or sector code; (422) when the coordinator does not
     *                                   exist or is not an association
     * @throws ApiException.Conflict      when the name is taken
     * @throws ApiException.Forbidden           unless the caller is an admin, or a coordinator acting for the coordinating
     *                                    association (an association creates the alliances it runs, no one else's)
     */
    @Transactional
    public Alliance create(Caller caller, AllianceRequest request) {
        caller.requireAnyRole("create alliances", Role.COORDINATOR);
        if (!caller.actsFor(request.coordinatorId())) {
            throw new ApiException.Forbidden(
                    "a coordinator creates alliances only for its own association, not for " + request.coordinatorId());
        }
        List<FieldViolation> violations = new ArrayList<>();
        String currency = ReferenceCodes.currency(request.currency()).orElse(null);
        if (currency == null) {
            violations.add(
                    new FieldViolation("currency", "'" + request.currency() + "' is not an ISO 4217 currency code"));
        }
        LinkedHashSet<String> sectors = new LinkedHashSet<>();
        List<String> requested = request.sectorCodes() == null ? List.of() : request.sectorCodes();
        for (int i = 0; i < requested.size(); i++) {
            String code = requested.get(i);
            String sector = code == null ? null : ReferenceCodes.naceCode(code).orElse(null);
            if (sector == null) {
                violations.add(
                        new FieldViolation("sectorCodes[" + i + "]", "'" + code + "' is not a NACE Rev. 2 code"));
            } else {
                sectors.add(sector);
            }
        }
        if (request.kind() == AllianceKind.SECTORAL && requested.isEmpty()) {
            violations.add(new FieldViolation("sectorCodes", "a sectoral alliance names at least one sector"));
        }
        if (!violations.isEmpty()) {
            throw RuleBroken.invalid(violations);
        }
        String name = request.name().trim();
        if (alliances.nameTaken(name)) {
            throw new ApiException.Conflict("name", "an alliance named '" + name + "' already exists");
        }
        Organisation coordinator = organisations
                .find(request.coordinatorId())
                .orElseThrow(() -> RuleBroken.rule(
                        "coordinatorId", "organisation " + request.coordinatorId() + " does not exist"));
        String region = request.region() == null || request.region().isBlank()
                ? null
                : request.region().trim();
        AllianceEvent.Created created = Alliance.create(
                name,
                request.kind(),
                List.copyOf(sectors),
                region,
                currency,
                coordinator.id(),
                coordinator.type(),
                clock.instant());
        alliances.insert(created.alliance());
        events.publish(created);
        return created.alliance();
    }

    @Transactional(readOnly = true)
    public Alliance get(UUID id) {
        return alliances.find(id).orElseThrow(() -> new ApiException.NotFound("alliance", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Alliance> find(UUID id) {
        return alliances.find(id);
    }

    @Transactional(readOnly = true)
    public PageResponse<Alliance> list(AllianceKind kind, PageQuery page) {
        return PageResponse.of(alliances.list(kind, page), page, alliances.count(kind));
    }
}
