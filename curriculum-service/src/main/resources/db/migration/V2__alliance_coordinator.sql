-- The coordinating organisation of each alliance (AllianceCreated.coordinatorId): object-level rules let only the
-- alliance's coordinator publish its courses and run its cohorts (docs/security.md).
alter table member_alliance add column coordinator_id uuid;
create index member_alliance_by_coordinator on member_alliance (coordinator_id);
