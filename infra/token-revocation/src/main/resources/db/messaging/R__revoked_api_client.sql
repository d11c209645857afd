-- Machine clients revoked by their organisation (member-service, ApiClientRevoked): every service refuses the tokens
-- whose azp is one of these client ids (infra/token-revocation). A client id names one Keycloak client for ever, so a
-- row is never deleted.
--
-- Repeatable, not versioned, for the reason R__outbox_trace_context.sql gives: a database of an earlier release has
-- its service's own migrations applied already. It must stay idempotent.
create table if not exists revoked_api_client (
    client_id        text        primary key,
    api_client_id    uuid        not null,
    organisation_id  uuid        not null,
    revoked_at       timestamptz not null
);
