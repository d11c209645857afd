-- Machine clients of organisations (docs/member-service.md, "Machine clients"): the confidential Keycloak clients that
-- member-service registered for a funder or an association. Keycloak holds the secret; this table never does.
-- `keycloak_id` is Keycloak's internal id of the client (its admin API addresses clients by it). A revoked client
-- keeps its row (its client id stays taken, so the audit's client ids never mean two clients).
create table api_client (
    id                          uuid        primary key,
    organisation_id             uuid        not null references organisation (id),
    client_id                   text        not null unique,
    keycloak_id                 text        not null,
    name                        text        not null,
    created_at                  timestamptz not null,
    rotated_at                  timestamptz,
    previous_secret_valid_until timestamptz,
    revoked_at                  timestamptz
);
-- an organisation names its active clients apart (a revoked client's name may be used again)
create unique index api_client_active_name on api_client (organisation_id, lower(name)) where revoked_at is null;
create index api_client_organisation on api_client (organisation_id, created_at);

-- Who did what to which machine client, and when: registered, rotated (with the grace period), revoked.
create table api_client_audit (
    id                   uuid        primary key,
    organisation_id      uuid        not null references organisation (id),
    api_client_id        uuid        not null references api_client (id),
    client_id            text        not null,
    action               text        not null,
    actor                text        not null,
    occurred_at          timestamptz not null,
    grace_period_seconds integer
);
create index api_client_audit_organisation on api_client_audit (organisation_id, occurred_at);
