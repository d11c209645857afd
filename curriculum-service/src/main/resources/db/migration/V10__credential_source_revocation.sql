-- Revocations per credential source (package credential, docs/credentials.md): a source (an enrolment, a workplace
-- learning or a workshop) revoked before every credential of it was issued (a learner who never downloaded theirs)
-- keeps its revocation here, and a credential issued for it later is born revoked.
create table revoked_credential_source (
    source_kind       text        not null check (source_kind in ('ENROLMENT', 'WORKPLACE_LEARNING')),
    source_id         uuid        not null,
    revoked_at        timestamptz not null,
    revocation_reason text        not null check (length(revocation_reason) between 1 and 500),
    revoked_by        text        not null,
    primary key (source_kind, source_id)
);

-- the revocations made before this table: each source as its first revoked credential was revoked
insert into revoked_credential_source (source_kind, source_id, revoked_at, revocation_reason, revoked_by)
select distinct on (source_kind, source_id) source_kind, source_id, revoked_at, revocation_reason,
       coalesce(revoked_by, 'unknown')
from issued_credential
where revoked_at is not null
order by source_kind, source_id, revoked_at;
