package org.skillalliance.member.apiclient;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.skillalliance.contracts.EventTypes;
import org.skillalliance.contracts.member.ApiClientRevoked;
import org.skillalliance.member.invitation.KeycloakUnavailable;
import org.skillalliance.member.organisation.Organisation;
import org.skillalliance.member.organisation.OrganisationManagement;
import org.skillalliance.member.organisation.OrganisationType;
import org.skillalliance.member.shared.IllegalTransition;
import org.skillalliance.member.shared.RuleBroken;
import org.skillalliance.messaging.outbox.Outbox;
import org.skillalliance.revocation.RevokedClients;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An organisation's machine clients: register, list, rotate a secret, revoke, and the audit log of these actions.
 *
 * <p>Who may: an admin for any funder or association; a {@code funder} for its own funder organisation; a
 * {@code coordinator} for its own association. Every other role gets 403 before anything is read; an organisation that
 * is not the caller's (or does not exist, or is not of the caller's kind) answers 404. The client's realm role is the
 * organisation's: {@code funder} for a funder, {@code coordinator} for an association; other organisations have none
 * (422).
 *
 * <p>Not transactional on purpose: no database connection is held while Keycloak is asked; each change and its audit
 * entry are written together in one short transaction after Keycloak has done its part.
 */
@Service
public class ApiClientManagement {

    private static final Logger log = LoggerFactory.getLogger(ApiClientManagement.class);
    /** The grace period of a rotation that names none: a day. */
    public static final Duration DEFAULT_GRACE = Duration.ofDays(1);

    private final OrganisationManagement organisations;
    private final JdbcApiClients clients;
    private final KeycloakMachineClients keycloak;
    private final TransactionTemplate transactions;
    private final Outbox outbox;
    private final RevokedClients revokedClients;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiClientManagement(
            OrganisationManagement organisations,
            JdbcApiClients clients,
            KeycloakMachineClients keycloak,
            TransactionTemplate transactions,
            Outbox outbox,
            RevokedClients revokedClients,
            Clock clock) {
        this.organisations = organisations;
        this.clients = clients;
        this.keycloak = keycloak;
        this.transactions = transactions;
        this.outbox = outbox;
        this.revokedClients = revokedClients;
        this.clock = clock;
    }

    /** A client just registered or rotated, with the secret that is shown this once. */
    public record WithSecret(ApiClient client, String secret) {}

    /**
     * Registers a machine client: a confidential Keycloak client whose service account acts for the organisation in its
     * realm role.
     *
     * @throws ApiException.Forbidden    unless the caller is an admin, funder or coordinator
     * @throws ApiException.NotFound     the organisation does not exist or is not the caller's
     * @throws RuleBroken                (422) the organisation is neither a funder nor an association
     * @throws ApiException.Conflict     an active client of the organisation has the name
     * @throws KeycloakUnavailable       Keycloak cannot be used now; nothing was registered
     */
    public WithSecret register(Caller caller, UUID organisationId, String name) {
        Organisation organisation = ownOrganisation(caller, organisationId);
        String realmRole = realmRoleOf(organisation);
        String trimmed = name.trim();
        if (clients.hasActiveNamed(organisationId, trimmed)) {
            throw new ApiException.Conflict("name", "an active client of this organisation already has this name");
        }
        String clientId = ApiClient.clientIdFor(organisationId, trimmed, random);
        KeycloakMachineClients.Created created = keycloak.create(clientId, trimmed, organisationId, realmRole);
        Instant now = clock.instant();
        ApiClient client = new ApiClient(
                UUID.randomUUID(), organisationId, clientId, created.keycloakId(), trimmed, now, null, null, null);
        try {
            transactions.executeWithoutResult(status -> {
                clients.insert(client);
                clients.append(audit(client, ApiClientAction.REGISTERED, caller, now, null));
            });
        } catch (RuntimeException notRecorded) {
            // a Keycloak client that member-service does not know of could never be listed, rotated or revoked
            keycloak.delete(created.keycloakId());
            if (notRecorded instanceof DuplicateKeyException) {
                throw new ApiException.Conflict("name", "an active client of this organisation already has this name");
            }
            throw notRecorded;
        }
        log.info(
                "Registered machine client {} ({}) as {} for organisation {} (by {})",
                clientId,
                client.id(),
                realmRole,
                organisationId,
                caller.subject());
        return new WithSecret(client, created.secret());
    }

    /** The organisation's machine clients, revoked ones included, oldest first. */
    public List<ApiClient> list(Caller caller, UUID organisationId) {
        ownOrganisation(caller, organisationId);
        return clients.of(organisationId);
    }

    /**
     * A new secret for the client; the one before keeps working for {@code grace} (whole seconds, rounded up), then not.
     *
     * @throws ApiException.NotFound the client is not one of the organisation's
     * @throws IllegalTransition     the client was revoked
     */
    public WithSecret rotate(Caller caller, UUID organisationId, UUID id, Duration grace) {
        ownOrganisation(caller, organisationId);
        ApiClient client =
                clients.find(organisationId, id).orElseThrow(() -> new ApiException.NotFound("api-client", id));
        client.requireActive("rotate-secret");
        Instant now = clock.instant();
        Instant previousValidUntil =
                grace.isZero() ? now : now.plus(grace).plusNanos(999_999_999).truncatedTo(ChronoUnit.SECONDS);
        KeycloakMachineClients.Rotation rotation = keycloak.rotate(client.keycloakId(), now, previousValidUntil);
        client.rotated(now, rotation.previousSecretValidUntil());
        transactions.executeWithoutResult(status -> {
            clients.update(client);
            clients.append(audit(client, ApiClientAction.ROTATED, caller, now, (int) grace.toSeconds()));
        });
        log.info(
                "Rotated the secret of machine client {} (by {}); the previous one works until {}",
                client.clientId(),
                caller.subject(),
                rotation.previousSecretValidUntil());
        return new WithSecret(client, rotation.secret());
    }

    /**
     * Revokes the client: Keycloak deletes it, so no token is issued for it any more, and the tokens issued before are
     * refused from now: at once here, in the other services as soon as they read {@code ApiClientRevoked}
     * (infra/token-revocation), instead of working until they expire (at most {@link
     * KeycloakMachineClients#TOKEN_LIFESPAN}).
     *
     * @throws ApiException.NotFound the client is not one of the organisation's
     * @throws IllegalTransition     the client was revoked before
     */
    public void revoke(Caller caller, UUID organisationId, UUID id) {
        ownOrganisation(caller, organisationId);
        ApiClient client =
                clients.find(organisationId, id).orElseThrow(() -> new ApiException.NotFound("api-client", id));
        client.requireActive("revoke");
        keycloak.delete(client.keycloakId());
        Instant now = clock.instant();
        client.revoke(now);
        ApiClientRevoked revocation = new ApiClientRevoked(client.id(), organisationId, client.clientId(), now);
        transactions.executeWithoutResult(status -> {
            clients.update(client);
            clients.append(audit(client, ApiClientAction.REVOKED, caller, now, null));
            revokedClients.record(revocation);
            outbox.append(EventTypes.API_CLIENT_REVOKED, client.id(), revocation);
        });
        log.info("Revoked machine client {} (by {})", client.clientId(), caller.subject());
    }

    /** Every action on the organisation's machine clients, oldest first. */
    public List<ApiClientAuditEntry> audit(Caller caller, UUID organisationId) {
        ownOrganisation(caller, organisationId);
        return clients.auditOf(organisationId);
    }

    /**
     * The organisation, when the caller may manage its machine clients: an admin any; a funder its own funder
     * organisation; a coordinator its own association.
     */
    private Organisation ownOrganisation(Caller caller, UUID organisationId) {
        caller.requireAnyRole("manage machine clients", Role.FUNDER, Role.COORDINATOR);
        Organisation organisation = organisations
                .find(organisationId)
                .orElseThrow(() -> new ApiException.NotFound("organisation", organisationId));
        boolean own = caller.isAdmin()
                || (caller.actsAs(Role.FUNDER, organisationId) && organisation.type() == OrganisationType.FUNDER)
                || (caller.actsAs(Role.COORDINATOR, organisationId)
                        && organisation.type() == OrganisationType.ASSOCIATION);
        if (!own) {
            throw new ApiException.NotFound("organisation", organisationId);
        }
        return organisation;
    }

    private static String realmRoleOf(Organisation organisation) {
        return switch (organisation.type()) {
            case FUNDER -> Role.FUNDER.realmRole();
            case ASSOCIATION -> Role.COORDINATOR.realmRole();
            default ->
                throw RuleBroken.rule(
                        "organisationId",
                        "machine clients act for a funder or an association, and organisation " + organisation.id()
                                + " is a " + organisation.type());
        };
    }

    private static ApiClientAuditEntry audit(
            ApiClient client, ApiClientAction action, Caller caller, Instant at, Integer graceSeconds) {
        return new ApiClientAuditEntry(
                UUID.randomUUID(),
                client.organisationId(),
                client.id(),
                client.clientId(),
                action,
                caller.subject(),
                at,
                graceSeconds);
    }
}
