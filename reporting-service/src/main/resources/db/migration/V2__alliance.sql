-- who coordinates each alliance (AllianceCreated): the coordinator may read the alliance's overview and benchmarks
create table rp_alliance (
    id             uuid primary key,
    coordinator_id uuid not null,
    last_event_at  timestamptz not null
);
