package org.skillalliance.member.alliance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.member.AllianceCreated;
import org.skillalliance.contracts.member.AllianceKind;
import org.skillalliance.contracts.member.OrganisationType;
import org.skillalliance.member.organisation.Organisation;
import org.skillalliance.member.organisation.OrganisationManagement;
import org.skillalliance.member.reference.ReferenceCodes;
import org.skillalliance.messaging.outbox.Outbox;
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
    private final Outbox outbox;
    private final Clock clock;

    AllianceManagement(JdbcAlliances alliances, OrganisationManagement organisations, Outbox outbox, Clock clock) {
        this.alliances = alliances;
        this.organisations = organisations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Creates an alliance and announces it.
     *
     * @throws ApiException.InvalidInput  for an unknown currency or sector code
     * @throws ApiException.Conflict      when the name is taken
     * @throws ApiException.RuleViolation when the coordinator is not an association
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
            throw new ApiException.InvalidInput(violations);
        }
        String name = request.name().trim();
        if (alliances.nameTaken(name)) {
            throw new ApiException.Conflict("name", "an alliance named '" + name + "' already exists");
        }
        Organisation coordinator = organisations
                .find(request.coordinatorId())
                .orElseThrow(() -> new ApiException.RuleViolation(
                        "coordinatorId", "organisation " + request.coordinatorId() + " does not exist"));
        if (coordinator.type() != OrganisationType.ASSOCIATION) {
            throw new ApiException.RuleViolation(
                    "coordinatorId", "the coordinator must be an association, not a " + coordinator.type());
        }
        String region = request.region() == null || request.region().isBlank()
                ? null
                : request.region().trim();
        Alliance alliance = new Alliance(
                UUID.randomUUID(),
                name,
                request.kind(),
                List.copyOf(sectors),
                region,
                currency,
                request.coordinatorId(),
                clock.instant());
        alliances.insert(alliance);
        outbox.append(
                EventTypes.ALLIANCE_CREATED,
                alliance.id(),
                new AllianceCreated(
                        alliance.id(),
                        alliance.coordinatorId(),
                        alliance.name(),
                        alliance.kind(),
                        alliance.sectorCodes(),
                        alliance.region(),
                        alliance.currency()));
        return alliance;
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
