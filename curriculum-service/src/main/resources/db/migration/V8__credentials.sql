-- Verifiable credentials (package credential, docs/credentials.md): the issuer's signing keys and every credential
-- issued with its place in a Bitstring Status List (revocation).

-- the issuer's RSA keys as private JWKs; one row per purpose, inserted if absent so that every instance signs with the
-- same key; kid is the key's JWK thumbprint (RFC 7638)
create table credential_signing_key (
    purpose    text primary key,
    kid        text        not null unique,
    jwk        text        not null,
    created_at timestamptz not null default now()
);

-- positions in the status lists, handed out once each: list = position / 131072 + 1, index = position % 131072
create sequence credential_status_position minvalue 0 start with 0;

-- one row per credential: what it was issued for (the kind of source and its id, and the subject, since a workshop is
-- one source for several people), who issued and created it (for revocation rights), and its status list bit
create table issued_credential (
    credential_id     uuid primary key,
    source_kind       text        not null check (source_kind in ('ENROLMENT', 'WORKPLACE_LEARNING')),
    source_id         uuid        not null,
    subject_id        uuid        not null,
    issuer_id         uuid        not null,
    creator_id        uuid        not null,
    status_list       integer     not null check (status_list >= 1),
    status_index      integer     not null check (status_index >= 0 and status_index < 131072),
    issued_at         timestamptz not null,
    revoked_at        timestamptz,
    revocation_reason text check (revocation_reason is null or length(revocation_reason) between 1 and 500),
    revoked_by        text,
    unique (source_kind, source_id, subject_id),
    unique (status_list, status_index),
    check ((revoked_at is null) = (revocation_reason is null))
);

create index issued_credential_revoked on issued_credential (status_list) where revoked_at is not null;
